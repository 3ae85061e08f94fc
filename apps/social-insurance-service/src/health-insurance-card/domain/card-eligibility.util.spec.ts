import { childCardEligibility } from './card-eligibility.util';
import { CHILD_CARD_RULE } from './card-terms';
import {
  HealthInsuranceCardError,
  HealthInsuranceCardErrorCode,
} from './health-insurance-card.error';

describe('childCardEligibility', () => {
  it('accepts a newborn on the day of birth', () => {
    expect(
      childCardEligibility({ dateOfBirth: '2025-03-10', today: '2025-03-10' }, CHILD_CARD_RULE),
    ).toEqual({
      eligible: true,
    });
  });

  it('accepts a child on the day before the 6th birthday', () => {
    expect(childCardEligibility({ dateOfBirth: '2019-10-01', today: '2025-09-30' })).toEqual({
      eligible: true,
    });
  });

  it('refuses a child on the 6th birthday with a readable reason', () => {
    expect(childCardEligibility({ dateOfBirth: '2019-10-01', today: '2025-10-01' })).toEqual({
      eligible: false,
      code: 'child-too-old',
      reason: 'The child reached 6 years of age on 2025-10-01; the card is for children under 6.',
    });
  });

  it('refuses a child older than 6', () => {
    expect(childCardEligibility({ dateOfBirth: '2010-01-01', today: '2025-06-01' }).eligible).toBe(
      false,
    );
  });

  it('lets a 29 February child turn 6 on 28 February of a non-leap year', () => {
    expect(childCardEligibility({ dateOfBirth: '2020-02-29', today: '2026-02-27' })).toEqual({
      eligible: true,
    });
    expect(childCardEligibility({ dateOfBirth: '2020-02-29', today: '2026-02-28' })).toEqual({
      eligible: false,
      code: 'child-too-old',
      reason: 'The child reached 6 years of age on 2026-02-28; the card is for children under 6.',
    });
  });

  it('refuses a date of birth after today', () => {
    expect(childCardEligibility({ dateOfBirth: '2025-03-11', today: '2025-03-10' })).toEqual({
      eligible: false,
      code: 'born-after-today',
      reason: 'Date of birth 2025-03-11 is after today (2025-03-10).',
    });
  });

  it('follows a changed age limit', () => {
    const rule = { ...CHILD_CARD_RULE, ageLimitYears: 7 };
    expect(childCardEligibility({ dateOfBirth: '2019-10-01', today: '2025-10-01' }, rule)).toEqual({
      eligible: true,
    });
  });

  it.each([
    { dateOfBirth: '2019-02-29', today: '2025-01-01' },
    { dateOfBirth: '2019-01-01', today: '2025-1-1' },
    { dateOfBirth: '2019-01-01T00:00:00Z', today: '2025-01-01' },
  ])('rejects malformed dates in %j', (input) => {
    let code: HealthInsuranceCardErrorCode | undefined;
    try {
      childCardEligibility(input);
    } catch (error) {
      if (error instanceof HealthInsuranceCardError) code = error.code;
    }
    expect(code).toBe(HealthInsuranceCardErrorCode.INVALID_DATE);
  });
});
