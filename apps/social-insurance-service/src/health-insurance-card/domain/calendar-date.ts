import { daysInMonth, parseCalendarDate, type CalendarDate } from '@lienthong/platform';
import {
  HealthInsuranceCardError,
  HealthInsuranceCardErrorCode,
} from './health-insurance-card.error';

/**
 * Reads a real `yyyy-mm-dd` date (Asia/Ho_Chi_Minh calendar) as integers.
 * @throws HealthInsuranceCardError INVALID_DATE for any other string, e.g. '2023-02-29'.
 */
export function parseIsoDate(value: string, field: string): CalendarDate {
  const date = parseCalendarDate(value);
  if (date) return date;
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
