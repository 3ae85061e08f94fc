import { isCalendarDate } from '@lienthong/platform';
import {
  FuneralAllowanceRuleError,
  FuneralAllowanceRuleErrorCode,
} from './funeral-allowance-rule.error';
import {
  assertReferenceLevels,
  REFERENCE_LEVELS,
  type ReferenceLevel,
} from './funeral-allowance-terms';

/**
 * The reference level in force on `date` (`yyyy-mm-dd`): the latest level whose `from` is on or
 * before it.
 * @throws FuneralAllowanceRuleError INVALID_DATE, INVALID_TERMS, or NO_REFERENCE_LEVEL when the
 * date is before the first level of the table (the table must be extended, not guessed).
 */
export function referenceLevelOn(
  { date }: { readonly date: string },
  levels: readonly ReferenceLevel[] = REFERENCE_LEVELS,
): ReferenceLevel {
  assertReferenceLevels(levels);
  if (!isCalendarDate(date)) {
    throw new FuneralAllowanceRuleError(
      FuneralAllowanceRuleErrorCode.INVALID_DATE,
      `date must be a real yyyy-mm-dd date, got '${date}'`,
    );
  }
  // ISO dates compare as strings.
  const inForce = levels.filter((level) => level.from <= date).at(-1);
  if (!inForce) {
    throw new FuneralAllowanceRuleError(
      FuneralAllowanceRuleErrorCode.NO_REFERENCE_LEVEL,
      `No reference level in force on ${date}: the table starts on ${levels[0]?.from ?? '(empty)'}`,
    );
  }
  return inForce;
}
