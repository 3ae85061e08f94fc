import { isCalendarDate } from '@lienthong/platform';
import { assertFuneralSupportTerms } from './assert-funeral-support-terms.util';
import { FuneralSupportError, FuneralSupportErrorCode } from './funeral-support.error';
import { FUNERAL_SUPPORT_TERMS, type FuneralSupportTerms } from './funeral-support-terms';

/** Input of {@link funeralSupportAmount}. */
export interface FuneralSupportAmountInput {
  /** `yyyy-mm-dd`: the levels in force on this day apply. */
  readonly dateOfDeath: string;
  /** The province whose own higher level, if any, applies. */
  readonly provinceCode: string;
}

/** The support due, and how it was reached. */
export interface FuneralSupportAmount {
  /** Whole VND: `multiplier × standardLevel`. */
  readonly amount: number;
  /** The standard level applied: the national one, or the province's when higher. */
  readonly standardLevel: number;
  readonly multiplier: number;
  readonly legalBasis: string;
}

/** The row with the latest `from` on or before `date`, or undefined. */
function inForce<T extends { readonly from: string }>(rows: readonly T[], date: string) {
  let found: T | undefined;
  for (const row of rows) {
    if (row.from <= date && (found === undefined || row.from > found.from)) found = row;
  }
  return found;
}

/**
 * The funeral-expense support for a death on `dateOfDeath`: the multiplier times the standard
 * social-assistance level, both as in force that day; a province's own level applies when it is
 * higher than the national one (a province may give more, never less). Rows are found by date,
 * whatever their order in the table.
 * @throws FuneralSupportError INVALID_DATE, INVALID_TERMS, or NO_LEVEL_IN_FORCE for a death
 * before the first national row.
 */
export function funeralSupportAmount(
  { dateOfDeath, provinceCode }: FuneralSupportAmountInput,
  terms: FuneralSupportTerms = FUNERAL_SUPPORT_TERMS,
): FuneralSupportAmount {
  assertFuneralSupportTerms(terms);
  if (!isCalendarDate(dateOfDeath)) {
    throw new FuneralSupportError(
      FuneralSupportErrorCode.INVALID_DATE,
      'The date of death is not a calendar date',
    );
  }
  const national = inForce(terms.national, dateOfDeath);
  if (national === undefined) {
    throw new FuneralSupportError(
      FuneralSupportErrorCode.NO_LEVEL_IN_FORCE,
      `No standard social-assistance level is recorded in force on ${dateOfDeath}`,
    );
  }
  const provincial = inForce(
    terms.provincial.filter((row) => row.provinceCode === provinceCode),
    dateOfDeath,
  );
  const multiplier = national.funeralSupportMultiplier;
  if (provincial !== undefined && provincial.standardLevel > national.standardLevel) {
    return {
      amount: multiplier * provincial.standardLevel,
      standardLevel: provincial.standardLevel,
      multiplier,
      legalBasis: `${national.legalBasis}; ${provincial.legalBasis}`,
    };
  }
  return {
    amount: multiplier * national.standardLevel,
    standardLevel: national.standardLevel,
    multiplier,
    legalBasis: national.legalBasis,
  };
}
