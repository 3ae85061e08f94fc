/**
 * Where a birth registration stands:
 * - `awaiting_pin`: recorded, the population register has been asked for the child's PIN;
 * - `registered`: in the birth register with its number and the child's PIN;
 * - `rejected`: the population register refused the PIN (a parent it does not know).
 * Refusals decided at once (date in the future, already registered) store no registration.
 */
export const BIRTH_REGISTRATION_STATUSES = ['awaiting_pin', 'registered', 'rejected'] as const;

/** One of {@link BIRTH_REGISTRATION_STATUSES}. */
export type BirthRegistrationStatus = (typeof BIRTH_REGISTRATION_STATUSES)[number];
