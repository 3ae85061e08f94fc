import { addCalendarDays } from '@lienthong/platform';
import type { IsoDate } from './fee-rule';

/** Input of {@link addWorkingDays}. */
export interface AddWorkingDaysInput {
  /** The day the dossier was received; it does not count. */
  readonly from: IsoDate;
  readonly workingDays: number;
  readonly holidays: ReadonlySet<IsoDate>;
}

/**
 * The deadline `workingDays` working days after `from`: the day of receipt does not count, nor do
 * Saturdays, Sundays and public holidays (Decree 61/2018/ND-CP, deadlines in working days). Zero
 * days is the day of receipt itself.
 */
export function addWorkingDays({ from, workingDays, holidays }: AddWorkingDaysInput): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`working days must be a whole number >= 0, got ${workingDays}`);
  }
  let date = from;
  let left = workingDays;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (!isWeekend(date) && !holidays.has(date)) left -= 1;
  }
  return date;
}

/** Whether a date is a Saturday or a Sunday. */
function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}
