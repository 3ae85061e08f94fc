import type { InsuredKind } from '../../insurance-register/domain/insurance-seed.schema';
import {
  assertFuneralAllowanceTerms,
  FUNERAL_ALLOWANCE_TERMS,
  type FuneralAllowanceTerms,
} from './funeral-allowance-terms';
import type { FuneralAllowanceRefusal } from './funeral-allowance-refusal.util';

/** The deceased as the insurance register holds them. */
export interface InsuredRecord {
  readonly kind: InsuredKind;
  readonly contributionMonths: number;
  /** `yyyy-mm-dd`: first contribution or first pension payment, when known. */
  readonly since?: string;
}

/** Whether a death gives right to the funeral allowance, and as what; or why not. */
export type FuneralAllowanceEligibility =
  | { readonly entitled: true; readonly as: InsuredKind }
  | {
      readonly entitled: false;
      readonly refusal: Exclude<FuneralAllowanceRefusal, { code: 'already-granted' }>;
    };

/**
 * Whether the death of `insured` (null: not in the register, or only from after `dateOfDeath`) gives right to the funeral
 * allowance: a pensioner always, whatever the months on record; a participant with at least
 * the terms' minimum months of compulsory contributions (12: 11 is not enough).
 * @throws FuneralAllowanceRuleError INVALID_TERMS.
 */
export function funeralAllowanceEligibility(
  {
    insured,
    dateOfDeath,
  }: { readonly insured: InsuredRecord | null; readonly dateOfDeath?: string },
  terms: FuneralAllowanceTerms = FUNERAL_ALLOWANCE_TERMS,
): FuneralAllowanceEligibility {
  assertFuneralAllowanceTerms(terms);
  if (insured === null) return { entitled: false, refusal: { code: 'not-in-register' } };
  // Judged on the date of death: someone who entered the register after dying was not insured then.
  if (dateOfDeath !== undefined && insured.since !== undefined && insured.since > dateOfDeath) {
    return { entitled: false, refusal: { code: 'not-in-register' } };
  }
  if (insured.kind === 'pensioner') return { entitled: true, as: 'pensioner' };
  if (insured.contributionMonths >= terms.minimumContributionMonths) {
    return { entitled: true, as: 'participant' };
  }
  return {
    entitled: false,
    refusal: {
      code: 'insufficient-contributions',
      contributionMonths: insured.contributionMonths,
      minimumContributionMonths: terms.minimumContributionMonths,
    },
  };
}
