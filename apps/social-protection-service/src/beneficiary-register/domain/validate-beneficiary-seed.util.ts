import { isCalendarDate } from '@lienthong/platform';
import Ajv, { type ErrorObject } from 'ajv';
import { type BeneficiarySeed, BeneficiarySeedSchema } from './beneficiary-seed.schema';
import { pinYearOfBirth } from './pin-year-of-birth.util';

/** One thing wrong with a seed file: where (JSON Pointer) and why. Never holds the value itself. */
export interface SeedProblem {
  readonly pointer: string;
  readonly reason: string;
}

/** Result of {@link validateBeneficiarySeed}. */
export type SeedValidation =
  | { readonly ok: true; readonly seed: BeneficiarySeed }
  | { readonly ok: false; readonly problems: readonly SeedProblem[] };

/** Input of {@link validateBeneficiarySeed}. */
export interface ValidateBeneficiarySeedInput {
  /** The parsed JSON of the file. */
  readonly data: unknown;
  /** Today as `yyyy-mm-dd` in Vietnam (a parameter, so "not in the future" is testable). */
  readonly today: string;
}

const ajv = new Ajv({ allErrors: true });
const checkShape = ajv.compile<BeneficiarySeed>(BeneficiarySeedSchema);

function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function shapeProblem(error: ErrorObject): SeedProblem {
  const params = error.params as { additionalProperty?: string; missingProperty?: string };
  if (error.keyword === 'additionalProperties' && params.additionalProperty !== undefined) {
    return {
      pointer: `${error.instancePath}/${escapePointerToken(params.additionalProperty)}`,
      reason: 'is not an accepted field',
    };
  }
  if (error.keyword === 'required' && params.missingProperty !== undefined) {
    return {
      pointer: `${error.instancePath}/${escapePointerToken(params.missingProperty)}`,
      reason: 'is required',
    };
  }
  // ajv's messages name the constraint (pattern, type), never the rejected value.
  return { pointer: error.instancePath || '/', reason: error.message ?? error.keyword };
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

/**
 * Checks a parsed seed file against {@link BeneficiarySeedSchema}, then the register's rules. Every
 * problem is reported (not only the first), each located by a JSON Pointer; values are never
 * quoted, since PINs are personal data.
 */
export function validateBeneficiarySeed({
  data,
  today,
}: ValidateBeneficiarySeedInput): SeedValidation {
  if (!checkShape(data)) {
    return { ok: false, problems: (checkShape.errors ?? []).map(shapeProblem) };
  }
  const problems = semanticProblems(data, today);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, seed: data };
}
