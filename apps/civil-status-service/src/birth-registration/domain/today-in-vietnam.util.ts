/** The time zone in which "today" is judged for every date in a civil-status record. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * The calendar date (`yyyy-mm-dd`) in Vietnam at the instant `now`. Vietnam is UTC+7 all year, so
 * from 17:00 UTC it is already the next day there: judging by the UTC date would refuse nothing
 * born "tomorrow" in UTC terms but accept a date still in the future in Vietnam.
 */
export function todayInVietnam(now: Date): string {
  // en-CA formats dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE }).format(now);
}
