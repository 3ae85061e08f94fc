import {
  addCalendarDays,
  daysInMonth,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
  vietnamDate,
} from './vietnam-date.util';

describe('vietnamDate', () => {
  it.each([
    ['2026-11-02T00:00:00.000Z', '2026-11-02'],
    ['2026-11-02T16:59:59.999Z', '2026-11-02'],
    ['2026-11-02T17:00:00.000Z', '2026-11-03'],
    ['2026-03-04T23:30:00.000Z', '2026-03-05'],
  ])('reads %s as %s: Vietnam is UTC+7, a day ahead from 17:00 UTC', (instant, expected) => {
    expect(vietnamDate(new Date(instant))).toBe(expected);
  });

  it('starts the new year at 17:00 UTC on 31 December', () => {
    expect(vietnamDate(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12-31');
    expect(vietnamDate(new Date('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
  });

  it('reaches 29 February of a leap year from the UTC evening of the 28th', () => {
    expect(vietnamDate(new Date('2028-02-28T18:00:00Z'))).toBe('2028-02-29');
  });

  it('pads month and day to two digits', () => {
    expect(vietnamDate(new Date('2026-01-04T20:00:00Z'))).toBe('2026-01-05');
  });
});

describe('addCalendarDays', () => {
  it('adds days across a month end, a leap day and a year end', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('goes back with negative days and stays put with zero', () => {
    expect(addCalendarDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2026-11-23', 0)).toBe('2026-11-23');
  });
});

describe('leap years and month lengths', () => {
  it('follows the Gregorian rule: every 4 years, not centuries, but every 400 years', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });

  it('gives February 29 days in a leap year only', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('parseCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '1999-12-31', '2026-01-01'])('accepts %s', (iso) => {
    expect(isCalendarDate(iso)).toBe(true);
  });

  it('reads year, month and day as integers', () => {
    expect(parseCalendarDate('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5 });
  });

  it.each([
    '1900-02-29',
    '2023-02-29',
    '2025-02-30',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-04-00',
    '2024-1-01',
    '01/02/2024',
    '2024-01-01T00:00:00Z',
    '',
  ])('refuses %s', (iso) => {
    expect(parseCalendarDate(iso)).toBeUndefined();
    expect(isCalendarDate(iso)).toBe(false);
  });
});
