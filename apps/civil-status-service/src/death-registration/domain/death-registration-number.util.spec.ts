import {
  DEATH_REGISTRATION_NUMBER_PATTERN,
  formatDeathRegistrationNumber,
} from './death-registration-number.util';

describe('formatDeathRegistrationNumber', () => {
  it('writes KT, the year and the sequence on 6 digits', () => {
    expect(formatDeathRegistrationNumber({ year: 2026, sequence: 42 })).toBe('KT-2026-000042');
  });

  it('widens the sequence past 999999 instead of wrapping', () => {
    expect(formatDeathRegistrationNumber({ year: 2027, sequence: 1234567 })).toBe(
      'KT-2027-1234567',
    );
  });

  it('writes numbers that its own pattern accepts, and the pattern refuses others', () => {
    const pattern = new RegExp(DEATH_REGISTRATION_NUMBER_PATTERN);
    expect(formatDeathRegistrationNumber({ year: 2026, sequence: 1 })).toMatch(pattern);
    for (const bad of ['KT/2026/000001', 'KT-26-000001', 'KT-2026-123', 'KS-26734-2026-000001']) {
      expect(bad).not.toMatch(pattern);
    }
  });

  it.each([
    { year: 26, sequence: 1 },
    { year: 2026, sequence: 0 },
    { year: 2026, sequence: 1.5 },
  ])('refuses impossible parts %o', (parts) => {
    expect(() => formatDeathRegistrationNumber(parts)).toThrow(RangeError);
  });
});
