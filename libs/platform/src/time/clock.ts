import { Injectable } from '@nestjs/common';
import { vietnamDate } from './vietnam-date.util';

/**
 * Where a service reads the time, injected rather than `new Date()` in place so that tests can fix
 * "now" (a birthday, midnight in Vietnam but not in UTC). Nest resolves the abstract class as the
 * token: modules provide `{ provide: Clock, useClass: SystemClock }`, tests a {@link FixedClock}.
 */
export abstract class Clock {
  /** The current instant. */
  abstract now(): Date;

  /** Today in Vietnam (Asia/Ho_Chi_Minh), `yyyy-mm-dd`. */
  today(): string {
    return vietnamDate(this.now());
  }
}

/** The machine's clock. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock stopped at one instant, for tests; every reading is a new `Date` the caller may change. */
export class FixedClock extends Clock {
  private readonly instant: number;

  constructor(instant: Date) {
    super();
    this.instant = instant.getTime();
  }

  now(): Date {
    return new Date(this.instant);
  }
}
