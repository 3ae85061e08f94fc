/**
 * Birth registration numbers: `KS-<commune>-<year>-<sequence>`, e.g. `KS-26734-2026-000123`.
 * `KS` is "khai sinh" (birth registration), `<commune>` the 5-digit code of the registering
 * commune, `<year>` the year of registration (in Vietnam), `<sequence>` the rank of the
 * registration in that commune's birth register for that year, from 1, at least 6 digits.
 * Without `/`, the number sits in a URL path as is.
 */
export const REGISTRATION_NUMBER_PATTERN = '^KS-[0-9]{5}-[0-9]{4}-[0-9]{6,9}$';

/** Input of {@link formatRegistrationNumber}. */
export interface RegistrationNumberParts {
  /** 5-digit administrative code of the registering commune. */
  readonly communeCode: string;
  /** Year of registration (not of birth). */
  readonly year: number;
  /** Rank in the commune's register for the year, from 1. */
  readonly sequence: number;
}

/**
 * Writes a registration number; see {@link REGISTRATION_NUMBER_PATTERN}.
 * @throws RangeError for parts that cannot make a valid number (a bug upstream, never input).
 */
export function formatRegistrationNumber({
  communeCode,
  year,
  sequence,
}: RegistrationNumberParts): string {
  if (!/^[0-9]{5}$/.test(communeCode)) throw new RangeError('communeCode must be 5 digits');
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError('year must have 4 digits');
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999_999) {
    throw new RangeError('sequence must be an integer from 1 to 999999999');
  }
  return `KS-${communeCode}-${year}-${String(sequence).padStart(6, '0')}`;
}
