/** Input of {@link isDateOfDeathBeforeBirth}. */
export interface DeathAfterBirthCheck {
  /** `yyyy-mm-dd`, from the command. */
  readonly dateOfDeath: string;
  /** `yyyy-mm-dd`, from the population register (never from the form). */
  readonly dateOfBirth: string;
}

/**
 * Whether the date of death is before the date of birth the population register holds: the two
 * cannot both be true, so one of them is wrong. Dying on the day of birth is possible and allowed.
 */
export function isDateOfDeathBeforeBirth({
  dateOfDeath,
  dateOfBirth,
}: DeathAfterBirthCheck): boolean {
  // Both are zero-padded yyyy-mm-dd with 4-digit years, so string order is date order.
  return dateOfDeath < dateOfBirth;
}
