import { isDateOfBirthInFuture } from './is-date-of-birth-in-future.util';

describe('isDateOfBirthInFuture', () => {
  it('refuses tomorrow', () => {
    const now = new Date('2026-11-02T03:00:00Z');
    expect(isDateOfBirthInFuture({ dateOfBirth: '2026-11-03', now })).toBe(true);
  });

  it('accepts a child born today and one born yesterday', () => {
    const now = new Date('2026-11-02T03:00:00Z');
    expect(isDateOfBirthInFuture({ dateOfBirth: '2026-11-02', now })).toBe(false);
    expect(isDateOfBirthInFuture({ dateOfBirth: '2026-11-01', now })).toBe(false);
  });

  it('accepts a birth dated "tomorrow" in UTC once it is already that day in Vietnam', () => {
    // 18:30 UTC on 2 November is 01:30 on 3 November in Ho Chi Minh City.
    const now = new Date('2026-11-02T18:30:00Z');
    expect(isDateOfBirthInFuture({ dateOfBirth: '2026-11-03', now })).toBe(false);
  });

  it('still refuses the next day in Vietnam just before midnight there', () => {
    // 16:59 UTC on 2 November is 23:59 on 2 November in Ho Chi Minh City.
    const now = new Date('2026-11-02T16:59:00Z');
    expect(isDateOfBirthInFuture({ dateOfBirth: '2026-11-03', now })).toBe(true);
  });

  it('judges across a year end in Vietnam time', () => {
    const now = new Date('2026-12-31T17:30:00Z');
    expect(isDateOfBirthInFuture({ dateOfBirth: '2027-01-01', now })).toBe(false);
    expect(isDateOfBirthInFuture({ dateOfBirth: '2027-01-02', now })).toBe(true);
  });
});
