import { formatRegistrationNumber, REGISTRATION_NUMBER_PATTERN } from './registration-number.util';

describe('formatRegistrationNumber', () => {
  it('writes KS, the commune, the year and the sequence on 6 digits', () => {
    expect(formatRegistrationNumber({ communeCode: '26734', year: 2026, sequence: 123 })).toBe(
      'KS-26734-2026-000123',
    );
  });

  it('widens the sequence past 999999 instead of wrapping', () => {
    expect(formatRegistrationNumber({ communeCode: '00004', year: 2027, sequence: 1234567 })).toBe(
      'KS-00004-2027-1234567',
    );
  });

  it('writes numbers that its own pattern accepts, and the pattern refuses others', () => {
    const pattern = new RegExp(REGISTRATION_NUMBER_PATTERN);
    expect(formatRegistrationNumber({ communeCode: '26734', year: 2026, sequence: 1 })).toMatch(
      pattern,
    );
    for (const bad of ['26734/2026/000123', 'KS-2673-2026-000123', 'KS-26734-2026-123', 'ks-x']) {
      expect(bad).not.toMatch(pattern);
    }
  });

  it.each([
    { communeCode: '2673', year: 2026, sequence: 1 },
    { communeCode: '26734', year: 26, sequence: 1 },
    { communeCode: '26734', year: 2026, sequence: 0 },
    { communeCode: '26734', year: 2026, sequence: 1.5 },
  ])('refuses impossible parts %o', (parts) => {
    expect(() => formatRegistrationNumber(parts)).toThrow(RangeError);
  });
});
