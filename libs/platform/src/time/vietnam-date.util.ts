/**
 * Vietnam's time zone, UTC+7 all year (no daylight saving). "Today", ages and deadlines are
 * judged there whatever the server's zone: from 17:00 UTC it is already the next day in Vietnam.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const VIETNAM_DATE = new Intl.DateTimeFormat('en-US', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Vietnam at `instant`, `yyyy-mm-dd`. */
export function vietnamDate(instant: Date): string {
  // formatToParts, not format: the layout of a formatted date depends on the ICU locale data.
  const parts = Object.fromEntries(
    VIETNAM_DATE.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * A calendar date as integers, with no time zone: dates are never read with `new Date(string)`,
 * whose local-time reading could shift the day.
 */
export interface CalendarDate {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * Reads a real `yyyy-mm-dd` date, or `undefined` for any other string (`2023-02-29`,
 * `2024-04-31`, `2024-1-01`). Callers turn `undefined` into their own error.
 */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const real = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return real ? { year, month, day } : undefined;
}

/** Whether `value` is a real calendar date written `yyyy-mm-dd`. */
export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== undefined;
}

/**
 * `date` (`yyyy-mm-dd`) plus `days` calendar days, negative going back; on dates only, so no time
 * zone is involved.
 */
export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
