import { isCalendarDate } from '@lienthong/platform';
import {
  FuneralAllowanceRuleError,
  FuneralAllowanceRuleErrorCode,
} from './funeral-allowance-rule.error';

/**
 * The funeral allowance (trợ cấp mai táng) of the Law on Social Insurance (No. 58/2014/QH13,
 * Art. 66; kept by No. 41/2024/QH15 from 2025-07-01): whoever arranges the funeral of a pensioner,
 * or of a participant with at least 12 months of compulsory contributions, receives once 10 times
 * the reference level (mức tham chiếu, the base salary until a new level is set) of the month of
 * death. Every number here is data: a new decree changes these objects, not the code.
 */

/** A reference level and the day it came into force (it stays in force until the next one). */
export interface ReferenceLevel {
  /** `yyyy-mm-dd`, first day in force. */
  readonly from: string;
  /** Whole VND per month. */
  readonly amount: number;
  /** The act that set it. */
  readonly basis: string;
}

/**
 * The reference levels, oldest first. Levels change on the first of a month, so the level in
 * force on the date of death is the level of the month of death, as the law reads.
 */
export const REFERENCE_LEVELS: readonly ReferenceLevel[] = [
  { from: '2019-07-01', amount: 1_490_000, basis: 'Decree 38/2019/ND-CP' },
  { from: '2023-07-01', amount: 1_800_000, basis: 'Decree 24/2023/ND-CP' },
  { from: '2024-07-01', amount: 2_340_000, basis: 'Decree 73/2024/ND-CP' },
];

/** Who is entitled and how much, besides the reference level. */
export interface FuneralAllowanceTerms {
  /** The allowance is this many times the reference level. */
  readonly referenceLevelMultiple: number;
  /** A participant (not a pensioner) is entitled with at least this many months of contributions. */
  readonly minimumContributionMonths: number;
}

/** Law on Social Insurance: 10 times the reference level; 12 months of compulsory contributions. */
export const FUNERAL_ALLOWANCE_TERMS: FuneralAllowanceTerms = {
  referenceLevelMultiple: 10,
  minimumContributionMonths: 12,
};

/**
 * Checks that terms are usable: a positive whole multiple, a whole number of months.
 * @throws FuneralAllowanceRuleError INVALID_TERMS.
 */
export function assertFuneralAllowanceTerms(terms: FuneralAllowanceTerms): void {
  const { referenceLevelMultiple, minimumContributionMonths } = terms;
  if (
    !Number.isInteger(referenceLevelMultiple) ||
    referenceLevelMultiple < 1 ||
    !Number.isInteger(minimumContributionMonths) ||
    minimumContributionMonths < 0
  ) {
    throw new FuneralAllowanceRuleError(
      FuneralAllowanceRuleErrorCode.INVALID_TERMS,
      `Invalid funeral allowance terms: ${JSON.stringify(terms)}`,
    );
  }
}

/**
 * Checks that a table of reference levels is usable: real dates, strictly increasing, positive
 * whole amounts.
 * @throws FuneralAllowanceRuleError INVALID_TERMS.
 */
export function assertReferenceLevels(levels: readonly ReferenceLevel[]): void {
  levels.forEach((level, index) => {
    const previous = index > 0 ? levels[index - 1] : undefined;
    if (
      !isCalendarDate(level.from) ||
      (previous !== undefined && level.from <= previous.from) ||
      !Number.isInteger(level.amount) ||
      level.amount < 1
    ) {
      throw new FuneralAllowanceRuleError(
        FuneralAllowanceRuleErrorCode.INVALID_TERMS,
        `Invalid reference level at index ${index}: ${JSON.stringify(level)}`,
      );
    }
  });
}
