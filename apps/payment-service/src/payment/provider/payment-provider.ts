import type { EntityManager } from 'typeorm';

/** Injection token of the active {@link PaymentProvider} (chosen by `PAYMENT_PROVIDER`). */
export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

/** What the provider is asked to collect. */
export interface OpenPaymentRequest {
  /** Our payment id: the provider's idempotency key for this payment. */
  readonly paymentId: string;
  readonly amount: number;
  readonly currency: 'VND';
  /** What the fee is for, shown to the citizen. */
  readonly description: string;
  /** After this the provider must not take the money. */
  readonly expiresAt: Date;
  /** Personal data: passed to the provider, never stored nor logged here. */
  readonly payer: { readonly pin: string; readonly email?: string };
}

/** The provider's answer to an open. */
export interface OpenedPayment {
  /** The provider's own id of the payment. */
  readonly providerReference: string;
}

/** What the provider is asked to give back. */
export interface RefundRequest {
  /** Our payment id: refunds are idempotent on it (one refund per payment). */
  readonly paymentId: string;
  readonly amount: number;
  readonly currency: 'VND';
  readonly reason: string;
}

/** The provider's answer to a refund. */
export interface IssuedRefund {
  /** The provider's refund reference, the same on every call for one payment. */
  readonly refundId: string;
}

/** What the provider is asked to pay out: a benefit transferred to a citizen's bank account. */
export interface PayoutRequest {
  /** Our payout id: the provider's idempotency key (one transfer per payout, whatever the calls). */
  readonly payoutId: string;
  readonly amount: number;
  readonly currency: 'VND';
  /** What is paid, on the payee's bank statement. */
  readonly description: string;
  /** Personal data: passed to the provider, never logged; only a masked account is kept here. */
  readonly payee: {
    readonly pin: string;
    readonly fullName: string;
    readonly bankAccount: {
      readonly bankCode: string;
      readonly accountNumber: string;
      readonly accountName: string;
    };
  };
}

/** The provider's answer to a payout: accepted for processing, its outcome comes by callback. */
export interface SubmittedPayout {
  /** The provider's own id of the transfer, the same on every call for one payout. */
  readonly providerReference: string;
}

/**
 * A payment provider (gateway) adapter. Every call is idempotent on our payment (or payout) id: the service
 * calls it inside its database transaction, so a rolled-back transaction is retried and calls
 * again, and must get the same answer, not a second payment or a second refund.
 *
 * Outcomes (paid, declined; a payout made or refused) do not come back from these calls: the provider reports them later
 * to `POST /v1/payments/callbacks/{name}`, signed as docs/services/payment-service.md says.
 *
 * `manager` is the caller's transaction. An adapter that keeps its state in this service's
 * database (the sandbox) writes with it, so a rolled-back open leaves no trace; an adapter of a
 * remote gateway ignores it and relies on the gateway's idempotency.
 */
export interface PaymentProvider {
  /** The name in callback URLs and in `payment.provider`. */
  readonly name: string;
  /** Opens (or finds again) the payment the citizen is to pay. */
  open(request: OpenPaymentRequest, manager: EntityManager): Promise<OpenedPayment>;
  /** Gives the money of a paid payment back to the citizen (once, whatever the calls). */
  refund(request: RefundRequest, manager: EntityManager): Promise<IssuedRefund>;
  /** Closes an unpaid payment so it can no longer be paid; nothing if it already is. */
  cancel(paymentId: string, manager: EntityManager): Promise<void>;
  /**
   * Submits (or finds again) a transfer to the payee's account. Whether it was made comes later,
   * by a signed callback about the payout id, like a payment's outcome.
   */
  payout(request: PayoutRequest, manager: EntityManager): Promise<SubmittedPayout>;
}
