import { Injectable } from '@nestjs/common';

/** The time zone in which "today" is judged (dates of birth, ages, card validity). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const VIETNAM_DATE = new Intl.DateTimeFormat('en-US', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date of `instant` in Asia/Ho_Chi_Minh, `yyyy-mm-dd`. */
export function vietnamDateOf(instant: Date): string {
  // formatToParts, not format: the layout of a formatted date depends on the locale data.
  const parts = Object.fromEntries(
    VIETNAM_DATE.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Where the service reads the time. Injected rather than `new Date()` in place, so that the age
 * rule can be tested on a fixed day (a birthday, midnight in Hanoi but not in UTC).
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today in Asia/Ho_Chi_Minh, `yyyy-mm-dd`. */
  today(): string {
    return vietnamDateOf(this.now());
  }
}

/** The machine's clock. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock stopped at one instant (tests). */
export class FixedClock extends Clock {
  constructor(private readonly instant: Date) {
    super();
  }

  now(): Date {
    return new Date(this.instant.getTime());
  }
}
