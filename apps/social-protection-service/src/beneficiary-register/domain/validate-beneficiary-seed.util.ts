import {
  compileSeedCheck,
  isCalendarDate,
  type SeedCheck,
  type SeedProblem,
} from '@lienthong/platform';
import { type BeneficiarySeed, BeneficiarySeedSchema } from './beneficiary-seed.schema';
import { pinYearOfBirth } from './pin-year-of-birth.util';

/** The seed problem type, for callers of this check. */
export type { SeedProblem } from '@lienthong/platform';

/** Result of {@link validateBeneficiarySeed}. */
export type SeedValidation = SeedCheck<BeneficiarySeed>;

/** Input of {@link validateBeneficiarySeed}. */
export interface ValidateBeneficiarySeedInput {
  /** The parsed JSON of the file. */
  readonly data: unknown;
  /** Today as `yyyy-mm-dd` in Vietnam (a parameter, so "not in the future" is testable). */
  readonly today: string;
}

/** The rules a schema cannot say: a real PIN, unique; a real `since`, between birth and today. */
function semanticProblems(seed: BeneficiarySeed, today: string): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const pinSeenAt = new Map<string, string>();
  seed.beneficiaries.forEach((beneficiary, b) => {
    const at = `/beneficiaries/${b}`;
    const yearOfBirth = pinYearOfBirth(beneficiary.pin);
    if (yearOfBirth === undefined) {
      problems.push({
        pointer: `${at}/pin`,
        reason: 'must be 12 digits with a sex-and-century digit from 0 to 5',
      });
    } else {
      const first = pinSeenAt.get(beneficiary.pin);
      if (first === undefined) pinSeenAt.set(beneficiary.pin, at);
      else problems.push({ pointer: `${at}/pin`, reason: `duplicates the PIN at ${first}/pin` });
    }
    if (!isCalendarDate(beneficiary.since)) {
      problems.push({ pointer: `${at}/since`, reason: 'is not a real calendar date' });
    } else if (beneficiary.since > today) {
      problems.push({ pointer: `${at}/since`, reason: 'is in the future' });
    } else if (yearOfBirth !== undefined && Number(beneficiary.since.slice(0, 4)) < yearOfBirth) {
      problems.push({ pointer: `${at}/since`, reason: 'is before the year of birth in the PIN' });
    }
  });
  return problems;
}

const checkSeed = compileSeedCheck(BeneficiarySeedSchema, semanticProblems);

/**
 * Checks a parsed seed file against {@link BeneficiarySeedSchema}, then the register's rules. Every
 * problem is reported (not only the first), each located by a JSON Pointer; values are never
 * quoted, since PINs are personal data.
 */
export function validateBeneficiarySeed({
  data,
  today,
}: ValidateBeneficiarySeedInput): SeedValidation {
  return checkSeed(data, today);
}
