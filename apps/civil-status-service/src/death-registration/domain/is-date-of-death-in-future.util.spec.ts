import { isDateOfDeathInFuture } from './is-date-of-death-in-future.util';

describe('isDateOfDeathInFuture', () => {
  it('refuses tomorrow', () => {
    const now = new Date('2026-11-20T03:00:00Z');
    expect(isDateOfDeathInFuture({ dateOfDeath: '2026-11-21', now })).toBe(true);
  });

  it('accepts a death today and one yesterday', () => {
    const now = new Date('2026-11-20T03:00:00Z');
    expect(isDateOfDeathInFuture({ dateOfDeath: '2026-11-20', now })).toBe(false);
    expect(isDateOfDeathInFuture({ dateOfDeath: '2026-11-19', now })).toBe(false);
  });

  it('accepts a death dated "tomorrow" in UTC once it is already that day in Vietnam', () => {
    // 17:30 UTC on 20 November is 00:30 on 21 November in Ho Chi Minh City.
    const now = new Date('2026-11-20T17:30:00Z');
    expect(isDateOfDeathInFuture({ dateOfDeath: '2026-11-21', now })).toBe(false);
  });

  it('still refuses the next day in Vietnam just before midnight there', () => {
    // 16:59 UTC on 20 November is 23:59 on 20 November in Ho Chi Minh City.
    const now = new Date('2026-11-20T16:59:00Z');
    expect(isDateOfDeathInFuture({ dateOfDeath: '2026-11-21', now })).toBe(true);
  });
});
