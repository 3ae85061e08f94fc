import { isCalendarDate } from '@lienthong/platform';
import { FeeError, FeeErrorCode } from './fee.error';
import { FeeChannel, FeeRule, IsoDate } from './fee-rule';

/** Input of {@link computeFee}. */
export interface ComputeFeeInput {
  /** Every version of the rule; at most one may be in force on any day. */
  readonly rules: readonly FeeRule[];
  readonly certifiedCopies: number;
  readonly channel: FeeChannel;
  /** The filing date, which picks the rule. */
  readonly on: IsoDate;
}

/** A fee to collect, with the rule it came from (for the receipt and later audits). */
export interface ChargedFee {
  readonly amount: number;
  readonly currency: 'VND';
  readonly ruleEffectiveFrom: IsoDate;
}

/** No fee at all: no certified copies were asked for, so the dossier has no fee step. */
export interface NoFee {
  readonly amount: 0;
}

/**
 * Computes the fee for a dossier's certified copies: `unitAmount × copies`, reduced by the online
 * percentage when filed online. The reduction applies to the total and is rounded half up to whole
 * dong, so 3 copies never cost more than the rounding of their exact price. Zero copies cost
 * nothing and need no rule in force.
 *
 * @throws FeeError `NO_FEE_RULE_IN_FORCE` when no rule covers `on`, `OVERLAPPING_FEE_RULES` when
 *   several do, `INVALID_FEE_INPUT` for a bad date, copy count or rule.
 */
export function computeFee({
  rules,
  certifiedCopies,
  channel,
  on,
}: ComputeFeeInput): ChargedFee | NoFee {
  assertDate(on, 'on');
  if (!Number.isSafeInteger(certifiedCopies) || certifiedCopies < 0) {
    throw invalid(`certifiedCopies must be a whole number >= 0, got ${certifiedCopies}`);
  }
  if (certifiedCopies === 0) return { amount: 0 };

  const rule = ruleInForce(rules, on);
  const gross = rule.unitAmount * certifiedCopies;
  return {
    amount: Math.floor((gross * (100 - reductionPercent(rule, channel)) + 50) / 100),
    currency: rule.currency,
    ruleEffectiveFrom: rule.effectiveFrom,
  };
}

function reductionPercent(rule: FeeRule, channel: FeeChannel): number {
  switch (channel) {
    case 'online':
      return rule.onlineReduction.percent;
    case 'counter':
      return 0;
  }
}

function ruleInForce(rules: readonly FeeRule[], on: IsoDate): FeeRule {
  const inForce = rules.filter((rule) => {
    assertRule(rule);
    return rule.effectiveFrom <= on && (rule.effectiveTo === undefined || on <= rule.effectiveTo);
  });
  const [rule, ...others] = inForce;
  if (rule === undefined) {
    throw new FeeError(FeeErrorCode.NoRuleInForce, `no fee rule in force on ${on}`);
  }
  if (others.length > 0) {
    throw new FeeError(
      FeeErrorCode.OverlappingRules,
      `fee rules from ${inForce.map((r) => r.effectiveFrom).join(', ')} are all in force on ${on}`,
    );
  }
  return rule;
}

function assertRule(rule: FeeRule): void {
  assertDate(rule.effectiveFrom, 'effectiveFrom');
  if (rule.effectiveTo !== undefined) {
    assertDate(rule.effectiveTo, 'effectiveTo');
    if (rule.effectiveTo < rule.effectiveFrom) {
      throw invalid(`fee rule from ${rule.effectiveFrom} ends before it starts`);
    }
  }
  if (!Number.isSafeInteger(rule.unitAmount) || rule.unitAmount < 0) {
    throw invalid(`fee rule from ${rule.effectiveFrom} has a non-integer or negative unitAmount`);
  }
  const { percent } = rule.onlineReduction;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw invalid(`fee rule from ${rule.effectiveFrom} has an online reduction outside 0..100`);
  }
}

function assertDate(value: string, field: string): void {
  if (!isCalendarDate(value)) {
    throw invalid(`${field} must be a real date as yyyy-mm-dd, got "${value}"`);
  }
}

function invalid(message: string): FeeError {
  return new FeeError(FeeErrorCode.InvalidInput, message);
}
