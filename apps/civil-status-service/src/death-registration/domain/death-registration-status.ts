/**
 * Where a death registration stands:
 * - `awaiting_particulars`: recorded, the population register has been asked for the deceased's
 *   particulars;
 * - `registered`: in the death register with its number and the deceased's particulars;
 * - `rejected`: refused on the population register's answer (unknown PIN, already deceased, date
 *   of death before birth).
 * A date of death in the future is refused at once and stores no registration.
 */
export const DEATH_REGISTRATION_STATUSES = [
  'awaiting_particulars',
  'registered',
  'rejected',
] as const;

/** One of {@link DEATH_REGISTRATION_STATUSES}. */
export type DeathRegistrationStatus = (typeof DEATH_REGISTRATION_STATUSES)[number];
