import { computeFee } from './compute-fee.util';
import { FeeError, FeeErrorCode } from './fee.error';
import { FeeRule } from './fee-rule';

const RULE_2023: FeeRule = {
  effectiveFrom: '2023-01-01',
  effectiveTo: '2024-06-30',
  unitAmount: 5_000,
  currency: 'VND',
  onlineReduction: { percent: 0 },
};
const RULE_2024: FeeRule = {
  effectiveFrom: '2024-07-01',
  unitAmount: 8_000,
  currency: 'VND',
  onlineReduction: { percent: 50 },
};
const RULES = [RULE_2023, RULE_2024];

function codeOf(run: () => unknown): FeeErrorCode {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof FeeError) return error.code;
    throw error;
  }
  throw new Error('expected a FeeError');
}

describe('computeFee', () => {
  it('charges 8,000 VND for 2 copies filed online, half of 16,000', () => {
    expect(
      computeFee({ rules: RULES, certifiedCopies: 2, channel: 'online', on: '2025-03-10' }),
    ).toEqual({ amount: 8_000, currency: 'VND', ruleEffectiveFrom: '2024-07-01' });
  });

  it('charges 16,000 VND for 2 copies filed at the counter', () => {
    expect(
      computeFee({ rules: RULES, certifiedCopies: 2, channel: 'counter', on: '2025-03-10' }),
    ).toEqual({ amount: 16_000, currency: 'VND', ruleEffectiveFrom: '2024-07-01' });
  });

  it('charges nothing without copies, since registering a birth on time is free', () => {
    expect(
      computeFee({ rules: [], certifiedCopies: 0, channel: 'counter', on: '2025-03-10' }),
    ).toEqual({ amount: 0 });
  });

  it('rounds a half dong up after the online reduction of the total', () => {
    const odd: FeeRule = { ...RULE_2024, unitAmount: 8_001 };

    // 3 × 8,001 = 24,003; half is 12,001.5.
    expect(
      computeFee({ rules: [odd], certifiedCopies: 3, channel: 'online', on: '2025-03-10' }),
    ).toMatchObject({ amount: 12_002 });
  });

  it('rounds below a half dong down', () => {
    const odd: FeeRule = { ...RULE_2024, unitAmount: 8_001, onlineReduction: { percent: 33 } };

    // 3 × 8,001 × 0.67 = 16,082.01.
    expect(
      computeFee({ rules: [odd], certifiedCopies: 3, channel: 'online', on: '2025-03-10' }),
    ).toMatchObject({ amount: 16_082 });
  });

  it('uses the old rule up to its last day and the new one from its first day', () => {
    const fee = (on: string) =>
      computeFee({ rules: RULES, certifiedCopies: 2, channel: 'online', on });

    expect(fee('2024-06-30')).toEqual({
      amount: 10_000,
      currency: 'VND',
      ruleEffectiveFrom: '2023-01-01',
    });
    expect(fee('2024-07-01')).toEqual({
      amount: 8_000,
      currency: 'VND',
      ruleEffectiveFrom: '2024-07-01',
    });
  });

  it('refuses a date before any rule was in force', () => {
    const run = () =>
      computeFee({ rules: RULES, certifiedCopies: 1, channel: 'counter', on: '2022-12-31' });

    expect(codeOf(run)).toBe(FeeErrorCode.NoRuleInForce);
    expect(run).toThrow('no fee rule in force on 2022-12-31');
  });

  it('refuses a date in a gap between two rules', () => {
    const gap: FeeRule = { ...RULE_2024, effectiveFrom: '2024-08-01' };

    expect(
      codeOf(() =>
        computeFee({
          rules: [RULE_2023, gap],
          certifiedCopies: 1,
          channel: 'online',
          on: '2024-07-15',
        }),
      ),
    ).toBe(FeeErrorCode.NoRuleInForce);
  });

  it('refuses two rules in force on the same day', () => {
    const overlap: FeeRule = { ...RULE_2024, effectiveFrom: '2024-06-30' };

    expect(
      codeOf(() =>
        computeFee({
          rules: [RULE_2023, overlap],
          certifiedCopies: 1,
          channel: 'online',
          on: '2024-06-30',
        }),
      ),
    ).toBe(FeeErrorCode.OverlappingRules);
  });

  it.each([
    ['a negative copy count', { certifiedCopies: -1, on: '2025-03-10' }],
    ['a fractional copy count', { certifiedCopies: 1.5, on: '2025-03-10' }],
    ['an impossible date', { certifiedCopies: 1, on: '2025-02-30' }],
    ['a date in another format', { certifiedCopies: 1, on: '10/03/2025' }],
  ])('refuses %s', (_case, input) => {
    expect(codeOf(() => computeFee({ rules: RULES, channel: 'counter', ...input }))).toBe(
      FeeErrorCode.InvalidInput,
    );
  });
});
