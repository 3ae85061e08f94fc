import { formatVnd } from './format-vnd.util';
import { funeralSupportAmount } from './funeral-support-amount.util';
import { FUNERAL_SUPPORT_TERMS, type FuneralSupportTerms } from './funeral-support-terms';

/** Input of {@link decideFuneralSupport}: what the register and the command say. */
export interface FuneralSupportCase {
  /** When the deceased's monthly assistance began (`yyyy-mm-dd`), or null: not in the register. */
  readonly beneficiarySince: string | null;
  /** `yyyy-mm-dd`. */
  readonly dateOfDeath: string;
  /** The province whose own higher level, if any, applies. */
  readonly provinceCode: string;
  /** The funeral allowance paid for the same death, whole VND, when one was. */
  readonly otherFuneralBenefitPaid?: number;
}

/** Why no support is due, as the contract's codes spell it. */
export type FuneralSupportRefusalCode = 'not-a-beneficiary' | 'higher-benefit-paid';

/** Pay `amount`, or no support is due (with the amount it would have been, when known). */
export type FuneralSupportDecision =
  | { readonly kind: 'pay'; readonly amount: number; readonly legalBasis: string }
  | {
      readonly kind: 'not-applicable';
      readonly code: FuneralSupportRefusalCode;
      readonly reason: string;
      readonly amount: number | null;
    };

/**
 * Whether funeral-expense support is due for a death, and how much (Decree 20/2021/ND-CP,
 * Art. 11): only for a monthly social-assistance beneficiary at the date of death. A family
 * receives only the higher of overlapping funeral benefits: when the funeral allowance already
 * paid is at least the support (equal included), none is due; otherwise the support tops the
 * allowance up to the support's amount, so the family receives the higher benefit and no more.
 * @throws FuneralSupportError when the amount cannot be computed (see `funeralSupportAmount`);
 * never for a non-beneficiary, whose case needs no amount.
 */
export function decideFuneralSupport(
  { beneficiarySince, dateOfDeath, provinceCode, otherFuneralBenefitPaid }: FuneralSupportCase,
  terms: FuneralSupportTerms = FUNERAL_SUPPORT_TERMS,
): FuneralSupportDecision {
  if (beneficiarySince === null) {
    return {
      kind: 'not-applicable',
      code: 'not-a-beneficiary',
      reason:
        'The deceased was not a monthly social-assistance beneficiary; funeral-expense support is for beneficiaries only.',
      amount: null,
    };
  }
  if (beneficiarySince > dateOfDeath) {
    return {
      kind: 'not-applicable',
      code: 'not-a-beneficiary',
      reason:
        'The deceased was not yet a monthly social-assistance beneficiary on the date of death; funeral-expense support is for beneficiaries only.',
      amount: null,
    };
  }
  const { amount, legalBasis } = funeralSupportAmount({ dateOfDeath, provinceCode }, terms);
  if (otherFuneralBenefitPaid !== undefined && otherFuneralBenefitPaid >= amount) {
    return {
      kind: 'not-applicable',
      code: 'higher-benefit-paid',
      reason: `A funeral allowance of ${formatVnd(otherFuneralBenefitPaid)} was paid for this death, at least the funeral-expense support of ${formatVnd(amount)}; a family receives only the higher of overlapping funeral benefits.`,
      amount,
    };
  }
  // Paying the support in full next to a smaller allowance would give the family both.
  const topUp = amount - (otherFuneralBenefitPaid ?? 0);
  return {
    kind: 'pay',
    amount: topUp,
    legalBasis:
      topUp === amount
        ? legalBasis
        : `${legalBasis}; less the funeral allowance of ${formatVnd(otherFuneralBenefitPaid ?? 0)} already paid (only the higher of overlapping funeral benefits)`,
  };
}
