import { vietnamDate } from '@lienthong/platform';

/** Input of {@link isDateOfBirthInFuture}. */
export interface DateOfBirthCheck {
  /** `yyyy-mm-dd`, as the command carries it (already a real date: the contract checks it). */
  readonly dateOfBirth: string;
  /** The instant of the check; given by the caller's clock so the rule stays pure. */
  readonly now: Date;
}

/**
 * Whether a date of birth is after today in Vietnam: a birth is registered only once it has
 * happened (Law on Civil Status 2014, Art. 15-16: the declarant presents the birth certificate
 * of a birth that took place). Today itself is allowed: a child born this morning can be declared.
 */
export function isDateOfBirthInFuture({ dateOfBirth, now }: DateOfBirthCheck): boolean {
  // Both are zero-padded yyyy-mm-dd with 4-digit years, so string order is date order.
  return dateOfBirth > vietnamDate(now);
}
