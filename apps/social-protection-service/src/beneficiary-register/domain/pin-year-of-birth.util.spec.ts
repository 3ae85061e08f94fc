import { pinYearOfBirth } from './pin-year-of-birth.util';

describe('pinYearOfBirth', () => {
  it.each([
    ['079158000005', 1958],
    ['079055000003', 1955],
    ['001224924245', 2024],
    ['001301082963', 2001],
    ['079400000001', 2100],
  ])('reads the century and year of %s as %i', (pin, year) => {
    expect(pinYearOfBirth(pin)).toBe(year);
  });

  it.each([['07915800000'], ['0791580000051'], ['07915800000x'], ['079658000005']])(
    'reads no year from %s (not 12 digits, or a reserved century digit)',
    (pin) => {
      expect(pinYearOfBirth(pin)).toBeUndefined();
    },
  );
});
