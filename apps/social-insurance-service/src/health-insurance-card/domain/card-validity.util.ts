import { daysInMonth } from '@lienthong/platform';
import { birthdayAtAge, compareDates, formatIsoDate, parseIsoDate } from './calendar-date';
import { assertChildCardRule, CHILD_CARD_RULE, type ChildCardRule } from './card-terms';

/** Input of {@link childCardValidity}. */
export interface ChildCardValidityInput {
  /** ISO `yyyy-mm-dd`, calendar date in Asia/Ho_Chi_Minh. */
  dateOfBirth: string;
}

/** Validity of a child card, both ends inclusive, ISO `yyyy-mm-dd`. */
export interface ChildCardValidity {
  validFrom: string;
  validTo: string;
}

/**
 * Validity of the state-paid card of a child under 6 (Decree 146/2018/ND-CP Art. 13): from the
 * date of birth; when the 6th birthday falls on or before 30 September it runs to 30 September of
 * that year (the school year's start), otherwise to the last day of the month of the 6th birthday.
 * A 29 February birth has its 6th birthday on 28 February when that year is not a leap year; with
 * the default rule that changes nothing (the card still runs to 30 September).
 * @throws HealthInsuranceCardError INVALID_DATE or INVALID_RULE.
 */
export function childCardValidity(
  { dateOfBirth }: ChildCardValidityInput,
  rule: ChildCardRule = CHILD_CARD_RULE,
): ChildCardValidity {
  assertChildCardRule(rule);
  const birth = parseIsoDate(dateOfBirth, 'dateOfBirth');
  const limit = birthdayAtAge(birth, rule.ageLimitYears);
  const schoolYearEnd = { year: limit.year, ...rule.schoolYearEnd };
  const validTo =
    compareDates(limit, schoolYearEnd) <= 0
      ? schoolYearEnd
      : { year: limit.year, month: limit.month, day: daysInMonth(limit.year, limit.month) };
  return { validFrom: formatIsoDate(birth), validTo: formatIsoDate(validTo) };
}
