import { daysInMonth } from '@lienthong/platform';
import {
  HealthInsuranceCardError,
  HealthInsuranceCardErrorCode,
} from './health-insurance-card.error';

/**
 * Terms of the state-paid health-insurance card of a child under 6 (Law on Health Insurance;
 * Decree 146/2018/ND-CP). The card number is the child's personal
 * identification number (PIN) from the population register; no separate number is generated.
 */

/** Card category code of children under 6 ("trẻ em"). */
export const CHILD_CARD_CATEGORY = 'TE';

/** Benefit level 1: 100% of covered costs paid by the fund. */
export const CHILD_CARD_BENEFIT_LEVEL = 1;

/** Month and day, both 1-based, in any year. */
export interface MonthDay {
  month: number;
  day: number;
}

/** Age limit and school-year end of the child card, kept as data so a new decree changes data only. */
export interface ChildCardRule {
  /** Children are covered while younger than this many whole years. */
  ageLimitYears: number;
  /** A card whose holder reaches the age limit on or before this day runs until it. */
  schoolYearEnd: MonthDay;
}

/** Decree 146/2018/ND-CP Art. 13: under 6, cards run to 30 September of the year the child turns 6. */
export const CHILD_CARD_RULE: ChildCardRule = {
  ageLimitYears: 6,
  schoolYearEnd: { month: 9, day: 30 },
};

/**
 * Checks that a rule is usable: a positive whole age limit and a school-year end that exists in
 * every year (so 29 February is refused).
 * @throws HealthInsuranceCardError INVALID_RULE.
 */
export function assertChildCardRule(rule: ChildCardRule): void {
  const { ageLimitYears, schoolYearEnd } = rule;
  const { month, day } = schoolYearEnd;
  const validMonth = Number.isInteger(month) && month >= 1 && month <= 12;
  // 2001 is not a leap year: the day must exist in every year.
  const validDay =
    validMonth && Number.isInteger(day) && day >= 1 && day <= daysInMonth(2001, month);
  if (!Number.isInteger(ageLimitYears) || ageLimitYears < 1 || !validDay) {
    throw new HealthInsuranceCardError(
      HealthInsuranceCardErrorCode.INVALID_RULE,
      `Invalid child card rule: ${JSON.stringify(rule)}`,
    );
  }
}
