import type { DEATH_REGISTRATION_REJECTION_CODES } from '@lienthong/contracts';

/** Why civil status refuses to register a death (the contract's codes). */
export type DeathRejectionCode = (typeof DEATH_REGISTRATION_REJECTION_CODES)[number];

/**
 * A refusal with what its reason needs. `registrationNumber` of `already-deceased` is the number
 * of the death already in the death register, or null when only the population register records
 * the person as deceased.
 */
export type DeathRefusal =
  | { readonly code: 'date-of-death-in-future' }
  | { readonly code: 'deceased-unknown' }
  | { readonly code: 'already-deceased'; readonly registrationNumber: string | null }
  | { readonly code: 'date-of-death-before-birth' };

/**
 * Why a death is refused, in words the citizen reads on the dossier. The refusal event is not
 * personal data, so a reason never quotes a name, a PIN or a date.
 */
export function deathRejectionReason(refusal: DeathRefusal): string {
  switch (refusal.code) {
    case 'date-of-death-in-future':
      return (
        'The date of death is after today (Vietnam time): a death can be registered only once it ' +
        'has occurred. Check the date of death against the medical death certificate.'
      );
    case 'deceased-unknown':
      return (
        "The deceased's PIN is not in the national population register, so the death cannot be " +
        'registered. Check the PIN on the citizen identity card of the deceased.'
      );
    case 'already-deceased':
      return refusal.registrationNumber === null
        ? 'The national population register already records this person as deceased. A death is ' +
            'registered only once; ask the civil-status office for a copy of the existing extract.'
        : `This death is already registered in the death register under number ` +
            `${refusal.registrationNumber}. A death is registered only once; ask for a copy of ` +
            'that extract instead.';
    case 'date-of-death-before-birth':
      return (
        'The date of death is before the date of birth recorded in the national population ' +
        'register. Check the date of death against the medical death certificate.'
      );
  }
}
