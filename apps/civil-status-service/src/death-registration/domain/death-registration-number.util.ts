/**
 * Death registration numbers: `KT-<year>-<sequence>`, e.g. `KT-2026-000042`. `KT` is "khai tử"
 * (death registration), `<year>` the year of registration (in Vietnam), `<sequence>` the rank of
 * the registration in that year's death register, from 1, at least 6 digits.
 *
 * Unlike a birth (`KS-<commune>-…`), the death registration command names no registering commune,
 * so the death register is numbered once per year for the whole service. Without `/`, the number
 * sits in a URL path as is.
 */
export const DEATH_REGISTRATION_NUMBER_PATTERN = '^KT-[0-9]{4}-[0-9]{6,9}$';

/** Input of {@link formatDeathRegistrationNumber}. */
export interface DeathRegistrationNumberParts {
  /** Year of registration (not of death). */
  readonly year: number;
  /** Rank in the year's death register, from 1. */
  readonly sequence: number;
}

/**
 * Writes a death registration number; see {@link DEATH_REGISTRATION_NUMBER_PATTERN}.
 * @throws RangeError for parts that cannot make a valid number (a bug upstream, never input).
 */
export function formatDeathRegistrationNumber({
  year,
  sequence,
}: DeathRegistrationNumberParts): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError('year must have 4 digits');
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999_999) {
    throw new RangeError('sequence must be an integer from 1 to 999999999');
  }
  return `KT-${year}-${String(sequence).padStart(6, '0')}`;
}
