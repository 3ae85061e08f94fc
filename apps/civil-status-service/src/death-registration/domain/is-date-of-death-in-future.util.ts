import { vietnamDate } from '@lienthong/platform';

/** Input of {@link isDateOfDeathInFuture}. */
export interface DateOfDeathCheck {
  /** `yyyy-mm-dd`, as the command carries it (already a real date: the contract checks it). */
  readonly dateOfDeath: string;
  /** The instant of the check; given by the caller's clock so the rule stays pure. */
  readonly now: Date;
}

/**
 * Whether a date of death is after today in Vietnam: a death is registered once it has occurred,
 * on the death notice (the medical death certificate) (Law on Civil Status 2014, Art. 33-34).
 * Today itself is allowed: a death this morning can be declared this afternoon.
 */
export function isDateOfDeathInFuture({ dateOfDeath, now }: DateOfDeathCheck): boolean {
  // Both are zero-padded yyyy-mm-dd with 4-digit years, so string order is date order.
  return dateOfDeath > vietnamDate(now);
}
