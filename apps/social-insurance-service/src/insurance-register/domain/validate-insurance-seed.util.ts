import {
  compileSeedCheck,
  isCalendarDate,
  type SeedCheck,
  type SeedProblem,
} from '@lienthong/platform';
import {
  type InsuranceSeed,
  InsuranceSeedSchema,
  type SeedParticipant,
} from './insurance-seed.schema';

/** The seed problem type, for callers of this check. */
export type { SeedProblem } from '@lienthong/platform';

/** Result of {@link validateInsuranceSeed}. */
export type InsuranceSeedValidation = SeedCheck<InsuranceSeed>;

/** Input of {@link validateInsuranceSeed}. */
export interface ValidateInsuranceSeedInput {
  /** The parsed JSON of the file. */
  readonly data: unknown;
  /** Today as `yyyy-mm-dd` (a parameter, so the rule "not in the future" is testable). */
  readonly today: string;
}

// Digit 4 of a PIN encodes sex and century (0-5); 6-9 are reserved for later centuries.
const PIN_PATTERN = /^[0-9]{12}$/;
const USABLE_PIN_PATTERN = /^[0-9]{3}[0-5][0-9]{8}$/;

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

const checkSeed = compileSeedCheck(InsuranceSeedSchema, semanticProblems);

/**
 * Checks a parsed seed file against {@link InsuranceSeedSchema}, then the register's rules. Every
 * problem is reported (not only the first), each located by a JSON Pointer naming the entry and
 * the field; values are never quoted, since PINs are personal data.
 */
export function validateInsuranceSeed({
  data,
  today,
}: ValidateInsuranceSeedInput): InsuranceSeedValidation {
  return checkSeed(data, today);
}
