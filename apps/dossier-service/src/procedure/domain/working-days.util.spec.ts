import { publicHolidaySet } from './public-holidays';
import { addWorkingDays } from './working-days.util';

describe('addWorkingDays', () => {
  const none = new Set<string>();

  it('counts from the next day, so one working day after a Monday is the Tuesday', () => {
    expect(addWorkingDays({ from: '2026-11-23', workingDays: 1, holidays: none })).toBe(
      '2026-11-24',
    );
  });

  it('skips the weekend: two working days after a Thursday is the Monday', () => {
    expect(addWorkingDays({ from: '2026-11-26', workingDays: 2, holidays: none })).toBe(
      '2026-11-30',
    );
  });

  it('skips both weekend days: one working day after a Friday is the Monday', () => {
    expect(addWorkingDays({ from: '2026-11-27', workingDays: 1, holidays: none })).toBe(
      '2026-11-30',
    );
  });

  it('skips public holidays: two working days after 29 April 2026 is 5 May', () => {
    const holidays = publicHolidaySet();
    // 30 April and 1 May are holidays, 2-3 May a weekend.
    expect(addWorkingDays({ from: '2026-04-29', workingDays: 2, holidays })).toBe('2026-05-05');
  });

  it('skips Tet 2026 entirely', () => {
    expect(
      addWorkingDays({ from: '2026-02-13', workingDays: 1, holidays: publicHolidaySet() }),
    ).toBe('2026-02-23');
  });

  it('gives the day of receipt for zero days and refuses negative ones', () => {
    expect(addWorkingDays({ from: '2026-11-28', workingDays: 0, holidays: none })).toBe(
      '2026-11-28',
    );
    expect(() => addWorkingDays({ from: '2026-11-28', workingDays: -1, holidays: none })).toThrow(
      RangeError,
    );
  });
});
