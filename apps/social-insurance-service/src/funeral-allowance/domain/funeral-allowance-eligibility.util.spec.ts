import { funeralAllowanceEligibility } from './funeral-allowance-eligibility.util';
import { FuneralAllowanceRuleError } from './funeral-allowance-rule.error';
import { FUNERAL_ALLOWANCE_TERMS } from './funeral-allowance-terms';

describe('funeralAllowanceEligibility', () => {
  it('entitles a pensioner', () => {
    expect(
      funeralAllowanceEligibility({ insured: { kind: 'pensioner', contributionMonths: 384 } }),
    ).toEqual({ entitled: true, as: 'pensioner' });
  });

  it('entitles a pensioner with few months on record: the pension is what counts', () => {
    expect(
      funeralAllowanceEligibility({ insured: { kind: 'pensioner', contributionMonths: 3 } }),
    ).toEqual({ entitled: true, as: 'pensioner' });
  });

  it('refuses a participant with 11 months of contributions', () => {
    expect(
      funeralAllowanceEligibility({ insured: { kind: 'participant', contributionMonths: 11 } }),
    ).toEqual({
      entitled: false,
      refusal: {
        code: 'insufficient-contributions',
        contributionMonths: 11,
        minimumContributionMonths: 12,
      },
    });
  });

  it.each([12, 13])('entitles a participant with %i months of contributions', (months) => {
    expect(
      funeralAllowanceEligibility({ insured: { kind: 'participant', contributionMonths: months } }),
    ).toEqual({ entitled: true, as: 'participant' });
  });

  it('refuses someone not in the register', () => {
    expect(funeralAllowanceEligibility({ insured: null })).toEqual({
      entitled: false,
      refusal: { code: 'not-in-register' },
    });
  });

  it('follows a changed threshold', () => {
    const terms = { ...FUNERAL_ALLOWANCE_TERMS, minimumContributionMonths: 6 };
    expect(
      funeralAllowanceEligibility(
        { insured: { kind: 'participant', contributionMonths: 6 } },
        terms,
      ),
    ).toEqual({ entitled: true, as: 'participant' });
  });

  it.each([
    { referenceLevelMultiple: 10, minimumContributionMonths: -1 },
    { referenceLevelMultiple: 10, minimumContributionMonths: 11.5 },
    { referenceLevelMultiple: 0, minimumContributionMonths: 12 },
  ])('rejects the unusable terms %j', (terms) => {
    expect(() => funeralAllowanceEligibility({ insured: null }, terms)).toThrow(
      FuneralAllowanceRuleError,
    );
  });

  it('judges on the date of death: a pension that began after the death gives no allowance', () => {
    expect(
      funeralAllowanceEligibility({
        insured: { kind: 'pensioner', contributionMonths: 384, since: '2026-12-01' },
        dateOfDeath: '2026-11-20',
      }),
    ).toEqual({ entitled: false, refusal: { code: 'not-in-register' } });
    expect(
      funeralAllowanceEligibility({
        insured: { kind: 'pensioner', contributionMonths: 384, since: '2026-11-20' },
        dateOfDeath: '2026-11-20',
      }),
    ).toEqual({ entitled: true, as: 'pensioner' });
  });
});
