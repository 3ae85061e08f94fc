import { isCalendarDate } from '@lienthong/platform';
import { FuneralSupportError, FuneralSupportErrorCode } from './funeral-support.error';
import type { FuneralSupportTerms } from './funeral-support-terms';

function isPositiveInteger(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

/** What is wrong with the terms, in words, or null when they are usable. */
function termsProblem({ national, provincial }: FuneralSupportTerms): string | null {
  const nationalFrom = new Set<string>();
  for (const [i, level] of national.entries()) {
    if (!isCalendarDate(level.from)) return `national[${i}].from is not a calendar date`;
    if (nationalFrom.has(level.from)) return `national[${i}].from repeats an earlier row's`;
    nationalFrom.add(level.from);
    if (!isPositiveInteger(level.standardLevel))
      return `national[${i}].standardLevel is not a positive whole VND amount`;
    if (!isPositiveInteger(level.funeralSupportMultiplier))
      return `national[${i}].funeralSupportMultiplier is not a positive integer`;
  }
  const provincialFrom = new Set<string>();
  for (const [i, level] of provincial.entries()) {
    if (!/^[0-9]{3}$/.test(level.provinceCode))
      return `provincial[${i}].provinceCode is not 3 digits`;
    if (!isCalendarDate(level.from)) return `provincial[${i}].from is not a calendar date`;
    const key = `${level.provinceCode}/${level.from}`;
    if (provincialFrom.has(key))
      return `provincial[${i}] repeats an earlier row's province and from`;
    provincialFrom.add(key);
    if (!isPositiveInteger(level.standardLevel))
      return `provincial[${i}].standardLevel is not a positive whole VND amount`;
  }
  return null;
}

/**
 * Checks that the terms can be applied: real dates, positive whole amounts and multipliers,
 * 3-digit province codes, no two rows in force from the same day (for the same province).
 * @throws FuneralSupportError INVALID_TERMS.
 */
export function assertFuneralSupportTerms(terms: FuneralSupportTerms): void {
  const problem = termsProblem(terms);
  if (problem !== null) {
    throw new FuneralSupportError(
      FuneralSupportErrorCode.INVALID_TERMS,
      `Invalid funeral support terms: ${problem}`,
    );
  }
}
