import {
  compileSeedCheck,
  isCalendarDate,
  type SeedCheck,
  type SeedProblem,
} from '@lienthong/platform';
import { describePin, isPinFormat } from '../../pin/domain/pin-format.util';
import { PinError } from '../../pin/domain/pin.error';
import {
  type PopulationSeed,
  PopulationSeedSchema,
  type SeedMember,
  type SeedResident,
} from './population-seed.schema';

/** The seed problem type, for callers of this check. */
export type { SeedProblem } from '@lienthong/platform';

/** Result of {@link validatePopulationSeed}. */
export type SeedValidation = SeedCheck<PopulationSeed>;

/** Input of {@link validatePopulationSeed}. */
export interface ValidatePopulationSeedInput {
  /** The parsed JSON of the file. */
  readonly data: unknown;
  /** Today as `yyyy-mm-dd` (a parameter, so the rule "not in the future" is testable). */
  readonly today: string;
}

/** Problems of one person: the date, and the PIN against sex and year of birth. */
function personProblems(person: SeedResident | SeedMember, at: string, today: string) {
  const problems: SeedProblem[] = [];
  const dateValid = isCalendarDate(person.dateOfBirth);
  if (!dateValid) {
    problems.push({ pointer: `${at}/dateOfBirth`, reason: 'is not a real calendar date' });
  } else if (person.dateOfBirth > today) {
    problems.push({ pointer: `${at}/dateOfBirth`, reason: 'is in the future' });
  }
  if (!isPinFormat(person.pin)) {
    problems.push({ pointer: `${at}/pin`, reason: 'must be exactly 12 digits' });
    return problems;
  }
  try {
    const parts = describePin(person.pin);
    if (parts.sex !== person.sex) {
      problems.push({ pointer: `${at}/pin`, reason: `its sex digit does not agree with sex` });
    }
    if (dateValid && parts.yearOfBirth !== Number(person.dateOfBirth.slice(0, 4))) {
      problems.push({
        pointer: `${at}/pin`,
        reason: 'its century and year digits do not agree with dateOfBirth',
      });
    }
  } catch (error: unknown) {
    if (!(error instanceof PinError)) throw error;
    problems.push({ pointer: `${at}/pin`, reason: 'has a reserved sex-and-century digit (6-9)' });
  }
  return problems;
}

/** The rules a schema cannot say: PIN agreement, uniqueness, dates, one head per household. */
function semanticProblems(seed: PopulationSeed, today: string): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const pinSeenAt = new Map<string, string>();
  const householdSeenAt = new Map<string, string>();
  const notePin = (pin: string, at: string): void => {
    const first = pinSeenAt.get(pin);
    if (first === undefined) pinSeenAt.set(pin, at);
    else problems.push({ pointer: `${at}/pin`, reason: `duplicates the PIN at ${first}/pin` });
  };

  seed.households.forEach((household, h) => {
    const at = `/households/${h}`;
    const first = householdSeenAt.get(household.id);
    if (first === undefined) householdSeenAt.set(household.id, at);
    else
      problems.push({ pointer: `${at}/id`, reason: `duplicates the household id at ${first}/id` });
    const heads = household.members.filter((member) => member.relationshipToHead === 'head');
    if (heads.length !== 1) {
      problems.push({
        pointer: `${at}/members`,
        reason: `must have exactly one member with relationshipToHead 'head', has ${heads.length}`,
      });
    }
    household.members.forEach((member, m) => {
      const memberAt = `${at}/members/${m}`;
      problems.push(...personProblems(member, memberAt, today));
      notePin(member.pin, memberAt);
    });
  });
  seed.residents.forEach((resident, r) => {
    const at = `/residents/${r}`;
    problems.push(...personProblems(resident, at, today));
    notePin(resident.pin, at);
  });
  return problems;
}

const checkSeed = compileSeedCheck(PopulationSeedSchema, semanticProblems);

/**
 * Checks a parsed seed file against {@link PopulationSeedSchema}, then the register's rules. Every
 * problem is reported (not only the first), each located by a JSON Pointer; values are never
 * quoted, since they are personal data.
 */
export function validatePopulationSeed({
  data,
  today,
}: ValidatePopulationSeedInput): SeedValidation {
  return checkSeed(data, today);
}
