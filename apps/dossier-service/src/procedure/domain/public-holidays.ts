import type { IsoDate } from './fee-rule';

/**
 * Public holidays on which offices are closed (Labour Code 2019, Art. 112, with the days off the
 * Government announces each year, including those moved to a Monday). Data: each year is added when
 * its schedule is published; a year without data counts weekends only.
 */
export const PUBLIC_HOLIDAYS: Readonly<Record<string, readonly IsoDate[]>> = {
  '2025': [
    '2025-01-01',
    '2025-01-27',
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
    '2025-04-07',
    '2025-04-30',
    '2025-05-01',
    '2025-05-02',
    '2025-09-01',
    '2025-09-02',
  ],
  '2026': [
    '2026-01-01',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-04-27',
    '2026-04-30',
    '2026-05-01',
    '2026-09-01',
    '2026-09-02',
  ],
  // The fixed-date holidays and the Hung Kings' day only: Tet 2027 and the days moved around the
  // holidays are added when the Government publishes the 2027 schedule.
  '2027': ['2027-01-01', '2027-04-16', '2027-04-30', '2027-09-02'],
};

/** Every holiday of {@link PUBLIC_HOLIDAYS} in one set. */
export function publicHolidaySet(
  holidays: Readonly<Record<string, readonly IsoDate[]>> = PUBLIC_HOLIDAYS,
): ReadonlySet<IsoDate> {
  return new Set(Object.values(holidays).flat());
}
