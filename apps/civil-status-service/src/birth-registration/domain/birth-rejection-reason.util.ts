/**
 * Why a birth is refused, in words the citizen reads on the dossier. The refusal event is not
 * personal data, so a reason never quotes a name, a PIN or a date of birth.
 */
export type BirthRefusal =
  | { readonly code: 'date-of-birth-in-future' }
  /** `registrationNumber` is null while the other registration still awaits its PIN. */
  | { readonly code: 'already-registered'; readonly registrationNumber: string | null };

/** The citizen-readable reason of a refusal decided by civil status itself. */
export function birthRejectionReason(refusal: BirthRefusal): string {
  switch (refusal.code) {
    case 'date-of-birth-in-future':
      return (
        'The date of birth is after today (Vietnam time): a birth can be registered only once ' +
        'it has taken place. Check the date of birth against the medical birth certificate.'
      );
    case 'already-registered':
      return refusal.registrationNumber === null
        ? 'This child is already being registered: a registration for the same mother, the same ' +
            'child name and the same date of birth is in progress in another dossier.'
        : `This child is already registered in the birth register under number ` +
            `${refusal.registrationNumber} (same mother, same child name, same date of birth). ` +
            'A birth is registered only once; ask for a copy of that extract instead.';
  }
}
