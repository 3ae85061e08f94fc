import { birthdayAtAge, compareDates, formatIsoDate, parseIsoDate } from './calendar-date';
import { assertChildCardRule, CHILD_CARD_RULE, type ChildCardRule } from './card-terms';

/** Input of {@link childCardEligibility}; ISO `yyyy-mm-dd` calendar dates in Asia/Ho_Chi_Minh. */
export interface ChildCardEligibilityInput {
  dateOfBirth: string;
  /** Supplied by the caller's clock, so the rule stays pure. */
  today: string;
}

/**
 * Why a child card may not be issued: the child has reached the age limit, or the date of birth
 * is after today (bad data upstream, not a rule of the card).
 */
export type ChildCardIneligibility = 'child-too-old' | 'born-after-today';

/** Whether a child card may be issued, with a code and a readable reason when not. */
export type ChildCardEligibility =
  { eligible: true } | { eligible: false; code: ChildCardIneligibility; reason: string };

/**
 * Whether a child may be issued the state-paid card of children under 6 (Decree 146/2018/ND-CP):
 * only a born child younger than the age limit on `today`. A card already issued keeps its
 * validity (see `childCardValidity`) past the 6th birthday; this decides new issues only.
 * A 29 February birth turns 6 on 28 February in a non-leap year.
 * @throws HealthInsuranceCardError INVALID_DATE or INVALID_RULE.
 */
export function childCardEligibility(
  { dateOfBirth, today }: ChildCardEligibilityInput,
  rule: ChildCardRule = CHILD_CARD_RULE,
): ChildCardEligibility {
  assertChildCardRule(rule);
  const birth = parseIsoDate(dateOfBirth, 'dateOfBirth');
  const now = parseIsoDate(today, 'today');
  if (compareDates(birth, now) > 0) {
    return {
      eligible: false,
      code: 'born-after-today',
      reason: `Date of birth ${dateOfBirth} is after today (${today}).`,
    };
  }
  const limit = birthdayAtAge(birth, rule.ageLimitYears);
  if (compareDates(now, limit) >= 0) {
    return {
      eligible: false,
      code: 'child-too-old',
      reason: `The child reached ${rule.ageLimitYears} years of age on ${formatIsoDate(limit)}; the card is for children under ${rule.ageLimitYears}.`,
    };
  }
  return { eligible: true };
}
