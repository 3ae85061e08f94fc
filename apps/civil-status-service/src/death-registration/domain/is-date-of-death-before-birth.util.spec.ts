import { isDateOfDeathBeforeBirth } from './is-date-of-death-before-birth.util';

describe('isDateOfDeathBeforeBirth', () => {
  it('refuses a death the day before the birth, and years before', () => {
    expect(isDateOfDeathBeforeBirth({ dateOfDeath: '1955-02-09', dateOfBirth: '1955-02-10' })).toBe(
      true,
    );
    expect(isDateOfDeathBeforeBirth({ dateOfDeath: '1899-12-31', dateOfBirth: '1955-02-10' })).toBe(
      true,
    );
  });

  it('accepts a death on the day of birth and any day after', () => {
    expect(isDateOfDeathBeforeBirth({ dateOfDeath: '2026-11-20', dateOfBirth: '2026-11-20' })).toBe(
      false,
    );
    expect(isDateOfDeathBeforeBirth({ dateOfDeath: '2026-11-20', dateOfBirth: '1955-02-10' })).toBe(
      false,
    );
  });
});
