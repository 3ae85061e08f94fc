/**
 * The time source of the service, injected so that tests can fix "now" (the date of birth check,
 * the registration year and time). Nest resolves the abstract class as the token.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The wall clock. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
