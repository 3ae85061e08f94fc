/**
 * Why no funeral allowance is due in a dossier:
 * - `not-in-register`: the deceased is neither a pensioner nor a participant in the register;
 * - `insufficient-contributions`: a participant with fewer months of compulsory contributions
 *   than the terms ask;
 * - `already-granted`: the allowance for this death was granted in another dossier (it is paid
 *   once per death, not once per dossier).
 */
export type FuneralAllowanceRefusal =
  | { readonly code: 'not-in-register' }
  | {
      readonly code: 'insufficient-contributions';
      readonly contributionMonths: number;
      readonly minimumContributionMonths: number;
    }
  | { readonly code: 'already-granted' };

/** One of the refusal codes of {@link FuneralAllowanceRefusal}. */
export type FuneralAllowanceRefusalCode = FuneralAllowanceRefusal['code'];

function months(count: number): string {
  return `${count} ${count === 1 ? 'month' : 'months'}`;
}

/**
 * The reason the family reads, in words. It names no person: the outcome event carries no
 * personal data.
 */
export function funeralAllowanceRefusalReason(refusal: FuneralAllowanceRefusal): string {
  switch (refusal.code) {
    case 'not-in-register':
      return 'The deceased is not in the social-insurance register, neither as a pensioner nor as a participant; no funeral allowance is due.';
    case 'insufficient-contributions':
      return `The deceased had ${months(refusal.contributionMonths)} of compulsory social-insurance contributions; the funeral allowance needs at least ${months(refusal.minimumContributionMonths)}, or a pension.`;
    case 'already-granted':
      return 'The funeral allowance for this death was already granted in another dossier; it is paid once per death.';
  }
}
