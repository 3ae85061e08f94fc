import { CHILD_CARD_RULE } from './card-terms';
import { childCardValidity } from './card-validity.util';
import {
  HealthInsuranceCardError,
  HealthInsuranceCardErrorCode,
} from './health-insurance-card.error';

describe('childCardValidity', () => {
  it.each([
    ['2019-09-30', '2025-09-30'],
    ['2019-10-01', '2025-10-31'],
    ['2019-12-31', '2025-12-31'],
    ['2020-01-01', '2026-09-30'],
    ['2019-11-15', '2025-11-30'],
    ['2019-09-29', '2025-09-30'],
    ['2020-02-29', '2026-09-30'],
    ['2018-02-28', '2024-09-30'],
  ])('runs from a birth on %s to %s', (dateOfBirth, validTo) => {
    expect(childCardValidity({ dateOfBirth })).toEqual({ validFrom: dateOfBirth, validTo });
  });

  it('uses the default rule of Decree 146/2018 when none is given', () => {
    expect(childCardValidity({ dateOfBirth: '2019-10-01' }, CHILD_CARD_RULE)).toEqual(
      childCardValidity({ dateOfBirth: '2019-10-01' }),
    );
  });

  it('treats a 29 February birthday as 28 February in a non-leap year under a changed rule', () => {
    const rule = { ageLimitYears: 6, schoolYearEnd: { month: 2, day: 28 } };
    // 6th birthday 2026-02-28 is on the cut-off, so the card runs to it.
    expect(childCardValidity({ dateOfBirth: '2020-02-29' }, rule).validTo).toBe('2026-02-28');
    // In a leap year the birthday stays 29 February, after the cut-off: end of February.
    expect(
      childCardValidity({ dateOfBirth: '2016-02-29' }, { ...rule, ageLimitYears: 4 }).validTo,
    ).toBe('2020-02-29');
  });

  it('follows a changed age limit and school-year end', () => {
    const rule = { ageLimitYears: 7, schoolYearEnd: { month: 8, day: 31 } };
    expect(childCardValidity({ dateOfBirth: '2019-08-31' }, rule).validTo).toBe('2026-08-31');
    expect(childCardValidity({ dateOfBirth: '2019-09-01' }, rule).validTo).toBe('2026-09-30');
  });

  it.each(['2019-02-29', '2019-13-01', '2019-9-30', '30/09/2019', ''])(
    'rejects the malformed date of birth %p',
    (dateOfBirth) => {
      expect(() => childCardValidity({ dateOfBirth })).toThrow(HealthInsuranceCardError);
    },
  );

  it.each([
    { ageLimitYears: 0, schoolYearEnd: { month: 9, day: 30 } },
    { ageLimitYears: 6.5, schoolYearEnd: { month: 9, day: 30 } },
    { ageLimitYears: 6, schoolYearEnd: { month: 9, day: 31 } },
    { ageLimitYears: 6, schoolYearEnd: { month: 2, day: 29 } },
    { ageLimitYears: 6, schoolYearEnd: { month: 13, day: 1 } },
  ])('rejects the unusable rule %j', (rule) => {
    let code: HealthInsuranceCardErrorCode | undefined;
    try {
      childCardValidity({ dateOfBirth: '2019-09-30' }, rule);
    } catch (error) {
      if (error instanceof HealthInsuranceCardError) code = error.code;
    }
    expect(code).toBe(HealthInsuranceCardErrorCode.INVALID_RULE);
  });
});
