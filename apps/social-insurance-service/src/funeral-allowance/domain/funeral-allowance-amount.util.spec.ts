import { funeralAllowanceAmount } from './funeral-allowance-amount.util';
import {
  FuneralAllowanceRuleError,
  FuneralAllowanceRuleErrorCode,
} from './funeral-allowance-rule.error';
import { FUNERAL_ALLOWANCE_TERMS, REFERENCE_LEVELS } from './funeral-allowance-terms';
import { referenceLevelOn } from './reference-level-on.util';

function codeOf(run: () => unknown): FuneralAllowanceRuleErrorCode | undefined {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof FuneralAllowanceRuleError) return error.code;
    throw error;
  }
  return undefined;
}

describe('funeralAllowanceAmount', () => {
  it.each([
    ['2019-07-01', 14_900_000],
    ['2023-06-30', 14_900_000],
    ['2023-07-01', 18_000_000],
    ['2024-06-30', 18_000_000],
    ['2024-07-01', 23_400_000],
    ['2026-11-20', 23_400_000],
  ])(
    'is 10 times the reference level in force for a death on %s: %i VND',
    (dateOfDeath, amount) => {
      expect(funeralAllowanceAmount({ dateOfDeath }).amount).toBe(amount);
    },
  );

  it('says which reference level it applied', () => {
    expect(funeralAllowanceAmount({ dateOfDeath: '2024-07-01' })).toEqual({
      amount: 23_400_000,
      referenceLevel: { from: '2024-07-01', amount: 2_340_000, basis: 'Decree 73/2024/ND-CP' },
      referenceLevelMultiple: 10,
    });
  });

  it('follows a changed multiple and a new reference level', () => {
    const levels = [...REFERENCE_LEVELS, { from: '2026-07-01', amount: 2_500_000, basis: 'new' }];
    const terms = { ...FUNERAL_ALLOWANCE_TERMS, referenceLevelMultiple: 12 };

    expect(funeralAllowanceAmount({ dateOfDeath: '2026-06-30' }, terms, levels).amount).toBe(
      28_080_000,
    );
    expect(funeralAllowanceAmount({ dateOfDeath: '2026-07-01' }, terms, levels).amount).toBe(
      30_000_000,
    );
  });

  it('has no amount for a death before the first reference level of the table', () => {
    expect(codeOf(() => funeralAllowanceAmount({ dateOfDeath: '2019-06-30' }))).toBe(
      FuneralAllowanceRuleErrorCode.NO_REFERENCE_LEVEL,
    );
  });

  it.each(['2023-02-29', '2024-7-1', '2024-07-01T00:00:00Z', ''])(
    'rejects the malformed date of death %p',
    (dateOfDeath) => {
      expect(codeOf(() => funeralAllowanceAmount({ dateOfDeath }))).toBe(
        FuneralAllowanceRuleErrorCode.INVALID_DATE,
      );
    },
  );
});

describe('referenceLevelOn', () => {
  it('takes the latest level in force on the day, the day it starts included', () => {
    expect(referenceLevelOn({ date: '2024-06-30' }).amount).toBe(1_800_000);
    expect(referenceLevelOn({ date: '2024-07-01' }).amount).toBe(2_340_000);
  });

  it.each([
    [
      [
        { from: '2024-07-01', amount: 1, basis: 'a' },
        { from: '2024-07-01', amount: 2, basis: 'b' },
      ],
    ],
    [
      [
        { from: '2024-07-01', amount: 2, basis: 'a' },
        { from: '2023-07-01', amount: 1, basis: 'b' },
      ],
    ],
    [[{ from: '2024-02-30', amount: 1, basis: 'a' }]],
    [[{ from: '2024-07-01', amount: 0, basis: 'a' }]],
    [[{ from: '2024-07-01', amount: 1.5, basis: 'a' }]],
  ])('rejects the unusable table %j', (levels) => {
    expect(codeOf(() => referenceLevelOn({ date: '2025-01-01' }, levels))).toBe(
      FuneralAllowanceRuleErrorCode.INVALID_TERMS,
    );
  });
});
