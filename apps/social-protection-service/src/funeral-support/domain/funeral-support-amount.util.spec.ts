import { funeralSupportAmount } from './funeral-support-amount.util';
import { FuneralSupportError, FuneralSupportErrorCode } from './funeral-support.error';
import { FUNERAL_SUPPORT_TERMS, type FuneralSupportTerms } from './funeral-support-terms';

function amountOn(dateOfDeath: string, terms?: FuneralSupportTerms, provinceCode = '079') {
  return funeralSupportAmount({ dateOfDeath, provinceCode }, terms).amount;
}

function errorCodeOf(run: () => unknown): FuneralSupportErrorCode {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof FuneralSupportError) return error.code;
    throw error;
  }
  throw new Error('expected a FuneralSupportError');
}

describe('funeralSupportAmount', () => {
  it('is 20 × 500,000 = 10,000,000 VND for a death in 2026, by Decree 76/2024', () => {
    expect(funeralSupportAmount({ dateOfDeath: '2026-11-20', provinceCode: '079' })).toEqual({
      amount: 10_000_000,
      standardLevel: 500_000,
      multiplier: 20,
      legalBasis: 'Decree 20/2021/ND-CP, Art. 4 and 11, as amended by Decree 76/2024/ND-CP',
    });
  });

  it.each([
    ['2024-06-30', 7_200_000],
    ['2024-07-01', 10_000_000],
    ['2024-07-02', 10_000_000],
  ])('switches to the 2024 level on 2024-07-01: a death on %s gets %i VND', (date, amount) => {
    expect(amountOn(date)).toBe(amount);
  });

  it.each([
    ['2021-06-30', 5_400_000],
    ['2021-07-01', 7_200_000],
    ['2014-01-01', 5_400_000],
  ])('applies the earlier levels too: a death on %s gets %i VND', (date, amount) => {
    expect(amountOn(date)).toBe(amount);
  });

  it('refuses a death before the first level recorded, since no level is known to be in force', () => {
    expect(errorCodeOf(() => amountOn('2013-12-31'))).toBe(
      FuneralSupportErrorCode.NO_LEVEL_IN_FORCE,
    );
  });

  it('refuses a date of death that is not a calendar date', () => {
    expect(errorCodeOf(() => amountOn('2026-02-30'))).toBe(FuneralSupportErrorCode.INVALID_DATE);
  });

  it('takes the multiplier from the data, and finds rows by date whatever their order', () => {
    const terms: FuneralSupportTerms = {
      national: [
        {
          from: '2030-01-01',
          standardLevel: 600_000,
          funeralSupportMultiplier: 25,
          legalBasis: 'B',
        },
        {
          from: '2020-01-01',
          standardLevel: 400_000,
          funeralSupportMultiplier: 20,
          legalBasis: 'A',
        },
      ],
      provincial: [],
    };

    expect(amountOn('2029-12-31', terms)).toBe(8_000_000);
    expect(amountOn('2030-01-01', terms)).toBe(15_000_000);
  });

  describe('with a province that set its own level', () => {
    const terms: FuneralSupportTerms = {
      national: FUNERAL_SUPPORT_TERMS.national,
      provincial: [
        {
          provinceCode: '079',
          from: '2022-01-01',
          standardLevel: 480_000,
          legalBasis: 'HCMC 2022',
        },
        {
          provinceCode: '079',
          from: '2025-01-01',
          standardLevel: 600_000,
          legalBasis: 'HCMC 2025',
        },
      ],
    };

    it('applies the higher provincial level in that province only, from its date', () => {
      expect(amountOn('2021-12-31', terms, '079')).toBe(7_200_000);
      expect(
        funeralSupportAmount({ dateOfDeath: '2022-01-01', provinceCode: '079' }, terms),
      ).toEqual({
        amount: 9_600_000,
        standardLevel: 480_000,
        multiplier: 20,
        legalBasis: 'Decree 20/2021/ND-CP, Art. 4 and 11; HCMC 2022',
      });
      expect(amountOn('2025-01-01', terms, '079')).toBe(12_000_000);
      expect(amountOn('2025-01-01', terms, '001')).toBe(10_000_000);
    });

    it('never lets a provincial level lower the national one', () => {
      // 480,000 from 2022 is below the national 500,000 from 2024-07-01.
      expect(amountOn('2024-07-01', terms, '079')).toBe(10_000_000);
    });
  });

  it.each([
    ['a level that is not whole VND', { standardLevel: 500_000.5 }],
    ['a zero multiplier', { funeralSupportMultiplier: 0 }],
    ['a date that is not a calendar date', { from: '2024-13-01' }],
  ])('refuses terms with %s', (_what, change) => {
    const terms: FuneralSupportTerms = {
      national: [{ ...FUNERAL_SUPPORT_TERMS.national[2], ...change }],
      provincial: [],
    };

    expect(errorCodeOf(() => amountOn('2026-01-01', terms))).toBe(
      FuneralSupportErrorCode.INVALID_TERMS,
    );
  });

  it('refuses two national rows in force from the same day, and a malformed province code', () => {
    const twice: FuneralSupportTerms = {
      national: [...FUNERAL_SUPPORT_TERMS.national, FUNERAL_SUPPORT_TERMS.national[2]],
      provincial: [],
    };
    const badProvince: FuneralSupportTerms = {
      national: FUNERAL_SUPPORT_TERMS.national,
      provincial: [
        { provinceCode: '79', from: '2025-01-01', standardLevel: 600_000, legalBasis: 'X' },
      ],
    };

    expect(errorCodeOf(() => amountOn('2026-01-01', twice))).toBe(
      FuneralSupportErrorCode.INVALID_TERMS,
    );
    expect(errorCodeOf(() => amountOn('2026-01-01', badProvince))).toBe(
      FuneralSupportErrorCode.INVALID_TERMS,
    );
  });
});
