import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../envelope';
import { TOPICS } from '../../topics';
import {
  Currency,
  DossierId,
  Pin,
  Reason,
  StepKey,
  Vnd,
  stepCommand,
  stepCompleted,
  stepEnded,
  Payee,
} from '../shared-schemas';

const PaymentId = Type.String({ format: 'uuid', description: 'Id in GET /v1/payments/{id}.' });

/** dossier-service → payment-service: collect a fee from the citizen for one dossier step. */
export const CollectFeeV1 = defineEvent({
  type: 'vn.gov.payment.collect-fee.v1',
  topic: TOPICS.paymentCommands,
  description:
    'Collect the fee of a dossier step from the applicant. At most one payment exists per dossier step, however often this command is delivered.',
  personalData: true,
  schema: stepCommand({
    procedure: Type.String({ minLength: 1, description: 'Procedure code, for the receipt.' }),
    amount: Type.Integer({ minimum: 1, description: 'Amount due, whole VND.' }),
    currency: Currency,
    payer: Type.Object(
      {
        pin: Pin,
        email: Type.Optional(Type.String({ format: 'email' })),
      },
      { additionalProperties: false },
    ),
    description: Type.String({ minLength: 1, description: 'What the fee is for.' }),
  }),
});

/** payment-service → dossier-service: the payment was opened; the citizen can pay now. */
export const FeePaymentRequestedV1 = defineEvent({
  type: 'vn.gov.payment.fee-payment-requested.v1',
  topic: TOPICS.paymentEvents,
  description:
    'A payment was opened with the provider and awaits the citizen: the fee step is in progress.',
  personalData: false,
  schema: Type.Object(
    {
      dossierId: DossierId,
      step: StepKey,
      paymentId: PaymentId,
      amount: Vnd,
      currency: Currency,
      provider: Type.String({ minLength: 1 }),
      expiresAt: Type.String({ format: 'date-time' }),
    },
    { additionalProperties: false },
  ),
});

/** payment-service → dossier-service: the fee was paid. */
export const FeePaidV1 = defineEvent({
  type: 'vn.gov.payment.fee-paid.v1',
  topic: TOPICS.paymentEvents,
  description: 'The provider confirmed the payment: the fee step is completed.',
  personalData: false,
  schema: stepCompleted(
    Type.Object(
      { paymentId: PaymentId, amount: Vnd, currency: Currency },
      { additionalProperties: false },
    ),
  ),
});

/** payment-service → dossier-service: the payment was declined or expired. */
export const FeePaymentFailedV1 = defineEvent({
  type: 'vn.gov.payment.fee-payment-failed.v1',
  topic: TOPICS.paymentEvents,
  description: 'The provider declined the payment, or it expired unpaid: the fee step is rejected.',
  personalData: false,
  schema: stepEnded(['declined', 'expired'] as const),
});

/** dossier-service → payment-service: give back a fee that was paid for a dossier now rejected. */
export const RefundFeeV1 = defineEvent({
  type: 'vn.gov.payment.refund-fee.v1',
  topic: TOPICS.paymentCommands,
  description:
    'Refund the fee paid for a dossier step (the compensation of a paid fee when the dossier is rejected). Refunds at most once per payment.',
  personalData: false,
  schema: stepCommand({ paymentId: PaymentId, reason: Reason }),
});

/** payment-service → dossier-service: the fee was refunded. */
export const FeeRefundedV1 = defineEvent({
  type: 'vn.gov.payment.fee-refunded.v1',
  topic: TOPICS.paymentEvents,
  description: "The fee was returned to the citizen: the fee step's compensation is completed.",
  personalData: false,
  schema: stepCompleted(
    Type.Object(
      {
        paymentId: PaymentId,
        refundId: Type.String({ minLength: 1, description: "The provider's refund reference." }),
        amount: Vnd,
        currency: Currency,
      },
      { additionalProperties: false },
    ),
  ),
});

/** An agency (social insurance, social protection) → payment-service: pay a benefit. */
export const PayBenefitV1 = defineEvent({
  type: 'vn.gov.payment.pay-benefit.v1',
  topic: TOPICS.paymentCommands,
  description:
    "Pay a benefit to a citizen's bank account on an agency's behalf. Exactly one payout per dossier step, however often this is delivered.",
  personalData: true,
  schema: stepCommand({
    agency: Type.String({ minLength: 1, description: 'The paying agency (service name).' }),
    benefit: Type.String({ minLength: 1, description: 'What is paid, e.g. funeral-allowance.' }),
    amount: Type.Integer({ minimum: 1, description: 'Whole VND.' }),
    currency: Currency,
    payee: Payee,
    description: Type.String({ minLength: 1 }),
  }),
});

/** payment-service → the paying agency: the benefit reached the payee's account. */
export const BenefitPaidV1 = defineEvent({
  type: 'vn.gov.payment.benefit-paid.v1',
  topic: TOPICS.paymentPayoutResults,
  description: 'The payout was made: the paying agency completes its step with this payment.',
  personalData: false,
  schema: Type.Object(
    {
      dossierId: DossierId,
      step: StepKey,
      paymentId: PaymentId,
      amount: Vnd,
      currency: Currency,
    },
    { additionalProperties: false },
  ),
});

/** payment-service → the paying agency: the payout failed (account closed, refused by the bank). */
export const BenefitPayoutFailedV1 = defineEvent({
  type: 'vn.gov.payment.benefit-payout-failed.v1',
  topic: TOPICS.paymentPayoutResults,
  description:
    "The payout could not be made (the bank refused it): the paying agency's step fails with the reason.",
  personalData: false,
  schema: Type.Object(
    {
      dossierId: DossierId,
      step: StepKey,
      paymentId: PaymentId,
      code: Type.Union([Type.Literal('refused-by-bank'), Type.Literal('invalid-account')]),
      reason: Reason,
    },
    { additionalProperties: false },
  ),
});

export const PAYMENT_EVENTS = [
  CollectFeeV1,
  FeePaymentRequestedV1,
  FeePaidV1,
  FeePaymentFailedV1,
  RefundFeeV1,
  FeeRefundedV1,
  PayBenefitV1,
  BenefitPaidV1,
  BenefitPayoutFailedV1,
] as const;
