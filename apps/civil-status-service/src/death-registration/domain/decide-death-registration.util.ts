import type { DeathRefusal } from './death-rejection-reason.util';
import { isDateOfDeathBeforeBirth } from './is-date-of-death-before-birth.util';

/** What the population register answered about the deceased (null: PIN unknown). */
export interface RegisterParticulars {
  readonly status: 'alive' | 'deceased';
  /** `yyyy-mm-dd`. */
  readonly dateOfBirth: string;
}

/** Input of {@link decideDeathRegistration}. */
export interface DeathRegistrationFacts<R extends RegisterParticulars> {
  /** The population register's answer, or null when it does not know the PIN. */
  readonly resident: R | null;
  /** `yyyy-mm-dd`, from the command. */
  readonly dateOfDeath: string;
  /** Number of a death already registered for this PIN in the death register, or null. */
  readonly registeredDeathNumber: string | null;
}

/** Register the death of the resident the register answered with, or refuse it and why. */
export type DeathRegistrationDecision<R extends RegisterParticulars> =
  | { readonly outcome: 'register'; readonly resident: R }
  | { readonly outcome: 'refuse'; readonly refusal: DeathRefusal };

/**
 * Decides a death registration once the population register has answered, checks in this order:
 * 1. the PIN must be known to the population register (`deceased-unknown`);
 * 2. a death is registered once (Law on Civil Status 2014, Art. 5): none already in the death
 *    register for the PIN, and the population register must not already record the person as
 *    deceased (`already-deceased`, naming the existing number when there is one);
 * 3. the date of death cannot be before the date of birth the register holds
 *    (`date-of-death-before-birth`).
 * The date of death in the future is refused earlier, when the command arrives.
 */
export function decideDeathRegistration<R extends RegisterParticulars>({
  resident,
  dateOfDeath,
  registeredDeathNumber,
}: DeathRegistrationFacts<R>): DeathRegistrationDecision<R> {
  if (resident === null) return { outcome: 'refuse', refusal: { code: 'deceased-unknown' } };
  if (registeredDeathNumber !== null || resident.status === 'deceased') {
    return {
      outcome: 'refuse',
      refusal: { code: 'already-deceased', registrationNumber: registeredDeathNumber },
    };
  }
  if (isDateOfDeathBeforeBirth({ dateOfDeath, dateOfBirth: resident.dateOfBirth })) {
    return { outcome: 'refuse', refusal: { code: 'date-of-death-before-birth' } };
  }
  return { outcome: 'register', resident };
}
