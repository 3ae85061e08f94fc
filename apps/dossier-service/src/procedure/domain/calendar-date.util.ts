import type { IsoDate } from './fee-rule';

/** Vietnam's time zone: "today" and deadlines are judged there, whatever the server's zone. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Vietnam at an instant, `yyyy-mm-dd`. */
export function vietnamDate(instant: Date): IsoDate {
  return VIETNAM_DATE.format(instant);
}

const DAY_MS = 86_400_000;

/** `date` plus `days` calendar days (negative goes back), on dates only: no time zone involved. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a date is a Saturday or a Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}
