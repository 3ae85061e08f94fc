import { decideFuneralSupport, type FuneralSupportCase } from './decide-funeral-support.util';
import { FuneralSupportError } from './funeral-support.error';

const BENEFICIARY: FuneralSupportCase = {
  beneficiarySince: '2020-01-01',
  dateOfDeath: '2026-11-20',
  provinceCode: '079',
};

describe('decideFuneralSupport', () => {
  it('pays a beneficiary 10,000,000 VND for a death in 2026 when no other funeral benefit was paid', () => {
    expect(decideFuneralSupport(BENEFICIARY)).toEqual({
      kind: 'pay',
      amount: 10_000_000,
      legalBasis: 'Decree 20/2021/ND-CP, Art. 4 and 11, as amended by Decree 76/2024/ND-CP',
    });
  });

  it('pays by the level in force on the date of death: 7,200,000 VND the day before 2024-07-01', () => {
    expect(decideFuneralSupport({ ...BENEFICIARY, dateOfDeath: '2024-06-30' })).toMatchObject({
      kind: 'pay',
      amount: 7_200_000,
    });
  });

  it('refuses someone not in the register, as not a beneficiary', () => {
    expect(decideFuneralSupport({ ...BENEFICIARY, beneficiarySince: null })).toEqual({
      kind: 'not-applicable',
      code: 'not-a-beneficiary',
      reason:
        'The deceased was not a monthly social-assistance beneficiary; funeral-expense support is for beneficiaries only.',
      amount: null,
    });
  });

  it('refuses a beneficiary whose assistance began after the death, and pays one whose began that day', () => {
    const after = decideFuneralSupport({ ...BENEFICIARY, beneficiarySince: '2026-11-21' });
    const sameDay = decideFuneralSupport({ ...BENEFICIARY, beneficiarySince: '2026-11-20' });

    expect(after).toMatchObject({ kind: 'not-applicable', code: 'not-a-beneficiary' });
    expect(after.kind === 'not-applicable' && after.reason).toContain('not yet');
    expect(sameDay).toMatchObject({ kind: 'pay', amount: 10_000_000 });
  });

  it('does not need a level in force to refuse a non-beneficiary', () => {
    expect(
      decideFuneralSupport({ ...BENEFICIARY, beneficiarySince: null, dateOfDeath: '1990-01-01' }),
    ).toMatchObject({ code: 'not-a-beneficiary' });
  });

  it('refuses when the funeral allowance paid is larger, giving both amounts', () => {
    expect(decideFuneralSupport({ ...BENEFICIARY, otherFuneralBenefitPaid: 23_400_000 })).toEqual({
      kind: 'not-applicable',
      code: 'higher-benefit-paid',
      reason:
        'A funeral allowance of 23,400,000 VND was paid for this death, at least the funeral-expense support of 10,000,000 VND; a family receives only the higher of overlapping funeral benefits.',
      amount: 10_000_000,
    });
  });

  it('refuses when the funeral allowance paid is exactly equal to the support', () => {
    expect(
      decideFuneralSupport({ ...BENEFICIARY, otherFuneralBenefitPaid: 10_000_000 }),
    ).toMatchObject({ kind: 'not-applicable', code: 'higher-benefit-paid', amount: 10_000_000 });
  });

  it('tops a smaller funeral allowance up to the support, so the family gets the higher benefit', () => {
    expect(
      decideFuneralSupport({ ...BENEFICIARY, otherFuneralBenefitPaid: 9_999_999 }),
    ).toMatchObject({ kind: 'pay', amount: 1 });
    expect(
      decideFuneralSupport({ ...BENEFICIARY, otherFuneralBenefitPaid: 4_000_000 }),
    ).toMatchObject({ kind: 'pay', amount: 6_000_000 });
  });

  it('pays the support in full when no funeral allowance was paid', () => {
    expect(decideFuneralSupport({ ...BENEFICIARY })).toMatchObject({
      kind: 'pay',
      amount: 10_000_000,
    });
  });

  it('compares with the amount in force on the date of death, not today', () => {
    // 7,200,000 before 2024-07-01: an allowance of 8,000,000 is the higher benefit then.
    expect(
      decideFuneralSupport({
        ...BENEFICIARY,
        dateOfDeath: '2024-06-30',
        otherFuneralBenefitPaid: 8_000_000,
      }),
    ).toMatchObject({ code: 'higher-benefit-paid', amount: 7_200_000 });
  });

  it('throws when a beneficiary died before any level recorded', () => {
    expect(() =>
      decideFuneralSupport({
        ...BENEFICIARY,
        beneficiarySince: '2010-01-01',
        dateOfDeath: '2013-06-01',
      }),
    ).toThrow(FuneralSupportError);
  });
});
