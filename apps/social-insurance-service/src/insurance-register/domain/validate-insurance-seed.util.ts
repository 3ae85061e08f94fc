import { isCalendarDate } from '@lienthong/platform';
import Ajv, { type ErrorObject } from 'ajv';
import {
  type InsuranceSeed,
  InsuranceSeedSchema,
  type SeedParticipant,
} from './insurance-seed.schema';

/** One thing wrong with a seed file: where (JSON Pointer) and why. Never holds the value itself. */
export interface SeedProblem {
  readonly pointer: string;
  readonly reason: string;
}

/** Result of {@link validateInsuranceSeed}. */
export type InsuranceSeedValidation =
  | { readonly ok: true; readonly seed: InsuranceSeed }
  | { readonly ok: false; readonly problems: readonly SeedProblem[] };

/** Input of {@link validateInsuranceSeed}. */
export interface ValidateInsuranceSeedInput {
  /** The parsed JSON of the file. */
  readonly data: unknown;
  /** Today as `yyyy-mm-dd` (a parameter, so the rule "not in the future" is testable). */
  readonly today: string;
}

const ajv = new Ajv({ allErrors: true });
const checkShape = ajv.compile<InsuranceSeed>(InsuranceSeedSchema);

// Digit 4 of a PIN encodes sex and century (0-5); 6-9 are reserved for later centuries.
const PIN_PATTERN = /^[0-9]{12}$/;
const USABLE_PIN_PATTERN = /^[0-9]{3}[0-5][0-9]{8}$/;

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
  // ajv's messages name the constraint (pattern, type, enum), never the rejected value.
  return { pointer: error.instancePath || '/', reason: error.message ?? error.keyword };
}

/** The year of birth a usable PIN encodes: century from digit 4, year from digits 5-6. */
function yearOfBirthInPin(pin: string): number {
  const centuryDigit = Number(pin[3]);
  return 1900 + 100 * Math.floor(centuryDigit / 2) + Number(pin.slice(4, 6));
}

/** Problems of one entry: the PIN, and `since` as a real date between birth and today. */
function participantProblems(participant: SeedParticipant, at: string, today: string) {
  const problems: SeedProblem[] = [];
  const pinUsable = USABLE_PIN_PATTERN.test(participant.pin);
  if (!PIN_PATTERN.test(participant.pin)) {
    problems.push({ pointer: `${at}/pin`, reason: 'must be exactly 12 digits' });
  } else if (!pinUsable) {
    problems.push({ pointer: `${at}/pin`, reason: 'has a reserved sex-and-century digit (6-9)' });
  }
  if (!isCalendarDate(participant.since)) {
    problems.push({ pointer: `${at}/since`, reason: 'is not a real calendar date' });
  } else if (participant.since > today) {
    problems.push({ pointer: `${at}/since`, reason: 'is in the future' });
  } else if (
    pinUsable &&
    Number(participant.since.slice(0, 4)) < yearOfBirthInPin(participant.pin)
  ) {
    problems.push({ pointer: `${at}/since`, reason: 'is before the year of birth in the PIN' });
  }
  return problems;
}

/** The rules a schema cannot say: PIN form and uniqueness, real dates, not in the future. */
function semanticProblems(seed: InsuranceSeed, today: string): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const pinSeenAt = new Map<string, string>();
  seed.participants.forEach((participant, index) => {
    const at = `/participants/${index}`;
    problems.push(...participantProblems(participant, at, today));
    const first = pinSeenAt.get(participant.pin);
    if (first === undefined) pinSeenAt.set(participant.pin, at);
    else problems.push({ pointer: `${at}/pin`, reason: `duplicates the PIN at ${first}/pin` });
  });
  return problems;
}

/**
 * Checks a parsed seed file against {@link InsuranceSeedSchema}, then the register's rules. Every
 * problem is reported (not only the first), each located by a JSON Pointer naming the entry and
 * the field; values are never quoted, since PINs are personal data.
 */
export function validateInsuranceSeed({
  data,
  today,
}: ValidateInsuranceSeedInput): InsuranceSeedValidation {
  if (!checkShape(data)) {
    return { ok: false, problems: (checkShape.errors ?? []).map(shapeProblem) };
  }
  const problems = semanticProblems(data, today);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, seed: data };
}
