import {
  assertFuneralAllowanceTerms,
  FUNERAL_ALLOWANCE_TERMS,
  REFERENCE_LEVELS,
  type FuneralAllowanceTerms,
  type ReferenceLevel,
} from './funeral-allowance-terms';
import { referenceLevelOn } from './reference-level-on.util';

/** The allowance and how it was reached. */
export interface FuneralAllowanceAmount {
  /** Whole VND. */
  readonly amount: number;
  /** The reference level applied: the one in force on the date of death. */
  readonly referenceLevel: ReferenceLevel;
  readonly referenceLevelMultiple: number;
}

/**
 * The funeral allowance for a death on `dateOfDeath`: the multiple of the terms times the
 * reference level in force that day (so 10 × 2,340,000 = 23,400,000 VND from 2024-07-01).
 * @throws FuneralAllowanceRuleError INVALID_DATE, INVALID_TERMS or NO_REFERENCE_LEVEL.
 */
export function funeralAllowanceAmount(
  { dateOfDeath }: { readonly dateOfDeath: string },
  terms: FuneralAllowanceTerms = FUNERAL_ALLOWANCE_TERMS,
  levels: readonly ReferenceLevel[] = REFERENCE_LEVELS,
): FuneralAllowanceAmount {
  assertFuneralAllowanceTerms(terms);
  const referenceLevel = referenceLevelOn({ date: dateOfDeath }, levels);
  return {
    amount: terms.referenceLevelMultiple * referenceLevel.amount,
    referenceLevel,
    referenceLevelMultiple: terms.referenceLevelMultiple,
  };
}
