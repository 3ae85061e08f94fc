import {
  HealthInsuranceCardError,
  HealthInsuranceCardErrorCode,
} from './health-insurance-card.error';

/**
 * A calendar date (Asia/Ho_Chi_Minh) as integers. Dates are never parsed with `new Date(string)`,
 * whose local-time reading could shift the day; all arithmetic is on year, month and day.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * Reads a real `yyyy-mm-dd` date.
 * @throws HealthInsuranceCardError INVALID_DATE for any other string, e.g. '2023-02-29'.
 */
export function parseIsoDate(value: string, field: string): CalendarDate {
  const match = ISO_DATE.exec(value);
  if (match) {
    const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (date.month >= 1 && date.month <= 12 && date.day >= 1) {
      if (date.day <= daysInMonth(date.year, date.month)) return date;
    }
  }
  throw new HealthInsuranceCardError(
    HealthInsuranceCardErrorCode.INVALID_DATE,
    `${field} must be a real yyyy-mm-dd date, got '${value}'`,
  );
}

/** The date as `yyyy-mm-dd`. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Negative if `a` is before `b`, zero if the same day, positive if after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The birthday at `years` of age. A 29 February birth has its birthday on 28 February in a
 * non-leap year (the choice made for the child card; some registers use 1 March instead).
 */
export function birthdayAtAge(dateOfBirth: CalendarDate, years: number): CalendarDate {
  const year = dateOfBirth.year + years;
  const day = Math.min(dateOfBirth.day, daysInMonth(year, dateOfBirth.month));
  return { year, month: dateOfBirth.month, day };
}
