import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import { PaymentServiceConfig } from '../config/payment-service.config';
import type { CallbackOutcome } from '../payment/domain/payment-status';
import type {
  IssuedRefund,
  OpenedPayment,
  OpenPaymentRequest,
  PayoutRequest,
  RefundRequest,
  SubmittedPayout,
} from '../payment/provider/payment-provider';
import type { PayoutFailureCode } from '../payout/domain/payout-status';
import { decideSandboxPayout } from './domain/decide-sandbox-payout.util';
import { SandboxCallbackDispatcher } from './sandbox-callback.dispatcher';
import type { SandboxPaymentEntity } from './sandbox-payment.entity';
import type { SandboxPayoutEntity } from './sandbox-payout.entity';
import { SandboxError, SandboxErrorCode } from './sandbox.error';
import { SandboxRepository } from './sandbox.repository';

/** What the sandbox answers to a confirm or decline. */
export interface SandboxSettlement {
  readonly paymentId: string;
  readonly outcome: CallbackOutcome;
  /** The callback it queued, delivered to the merchant shortly. */
  readonly callbackEventId: string;
}

/** What the sandbox answers to a payout's confirm or decline. */
export interface SandboxPayoutSettlement extends SandboxSettlement {
  /** Why it was declined; absent for a success. */
  readonly failureCode?: PayoutFailureCode;
}

/**
 * The sandbox payment gateway: behaves like a remote one. It keeps its own payments, and reports
 * outcomes only by queuing signed callbacks that its dispatcher delivers over HTTP to the
 * merchant's callback endpoint. With `PAYMENT_SANDBOX_AUTO_CONFIRM` it confirms every payment by
 * itself `PAYMENT_SANDBOX_CONFIRM_DELAY_MS` after it was opened (the citizen paying at once);
 * otherwise `settle` (the sandbox's confirm and decline endpoints) plays the citizen.
 *
 * Payouts (transfers to citizens) are settled the same way, by a signed callback about the payout
 * id: by the sandbox itself with `PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS`, otherwise by
 * `settlePayout`; a payout to an account number ending in `0000` is refused by the sandbox itself
 * in either mode (`invalid-account`), the sandbox's rule for trying the failure path.
 */
@Injectable()
export class SandboxGateway {
  constructor(
    private readonly config: PaymentServiceConfig,
    private readonly database: Database,
    private readonly repository: SandboxRepository,
    private readonly dispatcher: SandboxCallbackDispatcher,
  ) {}

  /** Opens a payment, or finds it again (idempotent on the merchant's payment id). */
  async openInTx(request: OpenPaymentRequest, manager: EntityManager): Promise<OpenedPayment> {
    const reference = `SBX-${randomBytes(8).toString('hex').toUpperCase()}`;
    const inserted = await this.repository.insertPaymentIfAbsentInTx(
      {
        id: request.paymentId,
        reference,
        amount: request.amount,
        currency: request.currency,
        description: request.description,
        expiresAt: request.expiresAt,
      },
      manager,
    );
    const payment = await this.lockInTx(request.paymentId, manager);
    if (inserted && this.config.PAYMENT_SANDBOX_AUTO_CONFIRM) {
      // Written in the opener's transaction: the confirmation is due even if this process
      // crashes right after, and is never due for an open that rolled back.
      const at = new Date(Date.now() + this.config.PAYMENT_SANDBOX_CONFIRM_DELAY_MS);
      await this.settleInTx(payment, 'succeeded', at, manager);
    }
    return { providerReference: payment.reference };
  }

  /**
   * Refunds a captured payment; the same refund id on every call.
   * @throws Error when the gateway never took the money (a refund it would refuse).
   */
  async refundInTx(request: RefundRequest, manager: EntityManager): Promise<IssuedRefund> {
    const payment = await this.lockInTx(request.paymentId, manager);
    if (payment.refundId) return { refundId: payment.refundId };
    if (payment.status !== 'succeeded') {
      throw new Error(`sandbox: payment ${payment.id} is ${payment.status}, nothing to refund`);
    }
    const refundId = `SBX-RF-${randomBytes(8).toString('hex').toUpperCase()}`;
    await this.repository.updatePaymentInTx(
      payment.id,
      { status: 'refunded', refundId, refundedAt: new Date() },
      manager,
    );
    return { refundId };
  }

  /** Closes a payment still open; one already settled is left as it is. */
  async cancelInTx(paymentId: string, manager: EntityManager): Promise<void> {
    await this.repository.cancelIfOpenInTx(paymentId, manager);
  }

  /**
   * The citizen pays (`succeeded`) or the bank refuses (`declined`): queues the signed callback
   * and wakes the dispatcher.
   * @throws SandboxError PaymentNotFound, PaymentNotOpen (already settled or cancelled).
   */
  async settle(paymentId: string, outcome: CallbackOutcome): Promise<SandboxSettlement> {
    const settlement = await this.database.transaction(async (manager) => {
      const payment = await this.repository.lockPaymentInTx(paymentId, manager);
      if (!payment) throw new SandboxError(SandboxErrorCode.PaymentNotFound);
      if (payment.status !== 'open') {
        throw new SandboxError(SandboxErrorCode.PaymentNotOpen, payment.status);
      }
      return this.settleInTx(payment, outcome, new Date(), manager);
    });
    this.dispatcher.wake();
    return settlement;
  }

  /**
   * Accepts a payout, or finds it again (idempotent on the merchant's payout id). The account is
   * read here, once, and not kept. Its callback, when the sandbox settles it by itself, is queued
   * in the submitter's transaction, like an auto-confirmed payment's.
   */
  async payoutInTx(request: PayoutRequest, manager: EntityManager): Promise<SubmittedPayout> {
    const inserted = await this.repository.insertPayoutIfAbsentInTx(
      {
        id: request.payoutId,
        reference: `SBX-PO-${randomBytes(8).toString('hex').toUpperCase()}`,
        amount: request.amount,
        currency: request.currency,
        description: request.description,
      },
      manager,
    );
    const payout = await this.lockPayoutInTx(request.payoutId, manager);
    if (inserted) {
      const decision = decideSandboxPayout({
        accountNumber: request.payee.bankAccount.accountNumber,
        autoSettle: this.config.PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS,
      });
      const at = new Date(Date.now() + this.config.PAYMENT_SANDBOX_CONFIRM_DELAY_MS);
      switch (decision) {
        case 'refuse-invalid-account':
          await this.settlePayoutInTx(payout, 'declined', 'invalid-account', at, manager);
          break;
        case 'settle':
          await this.settlePayoutInTx(payout, 'succeeded', undefined, at, manager);
          break;
        case 'await-manual':
          break;
      }
    }
    return { providerReference: payout.reference };
  }

  /**
   * The transfer is made (`succeeded`) or the payee's bank refuses it (`declined`,
   * `refused-by-bank`): queues the signed callback and wakes the dispatcher.
   * @throws SandboxError PayoutNotFound, PayoutNotOpen (already settled).
   */
  async settlePayout(payoutId: string, outcome: CallbackOutcome): Promise<SandboxPayoutSettlement> {
    const settlement = await this.database.transaction(async (manager) => {
      const payout = await this.repository.lockPayoutInTx(payoutId, manager);
      if (!payout) throw new SandboxError(SandboxErrorCode.PayoutNotFound);
      if (payout.status !== 'open') {
        throw new SandboxError(SandboxErrorCode.PayoutNotOpen, payout.status);
      }
      const failureCode = outcome === 'declined' ? 'refused-by-bank' : undefined;
      return this.settlePayoutInTx(payout, outcome, failureCode, new Date(), manager);
    });
    this.dispatcher.wake();
    return settlement;
  }

  private async settlePayoutInTx(
    payout: SandboxPayoutEntity,
    outcome: CallbackOutcome,
    failureCode: PayoutFailureCode | undefined,
    at: Date,
    manager: EntityManager,
  ): Promise<SandboxPayoutSettlement> {
    const eventId = randomUUID();
    await this.repository.updatePayoutInTx(
      payout.id,
      { status: outcome, failureCode: failureCode ?? null },
      manager,
    );
    await this.repository.insertCallbackInTx(
      {
        eventId,
        about: { payoutId: payout.id },
        // The same body as a payment's callback (the payout id is its paymentId), with the
        // reason of a refusal.
        body: JSON.stringify({
          eventId,
          paymentId: payout.id,
          status: outcome,
          amount: payout.amount,
          currency: payout.currency,
          occurredAt: at.toISOString(),
          ...(failureCode ? { failureCode } : {}),
        }),
        deliverAfter: at,
      },
      manager,
    );
    return {
      paymentId: payout.id,
      outcome,
      ...(failureCode ? { failureCode } : {}),
      callbackEventId: eventId,
    };
  }

  private async lockPayoutInTx(id: string, manager: EntityManager): Promise<SandboxPayoutEntity> {
    const payout = await this.repository.lockPayoutInTx(id, manager);
    if (!payout) throw new Error(`sandbox: no payout ${id}`);
    return payout;
  }

  private async settleInTx(
    payment: SandboxPaymentEntity,
    outcome: CallbackOutcome,
    at: Date,
    manager: EntityManager,
  ): Promise<SandboxSettlement> {
    const eventId = randomUUID();
    await this.repository.updatePaymentInTx(payment.id, { status: outcome }, manager);
    await this.repository.insertCallbackInTx(
      {
        eventId,
        about: { paymentId: payment.id },
        body: JSON.stringify({
          eventId,
          paymentId: payment.id,
          status: outcome,
          amount: payment.amount,
          currency: payment.currency,
          occurredAt: at.toISOString(),
        }),
        deliverAfter: at,
      },
      manager,
    );
    return { paymentId: payment.id, outcome, callbackEventId: eventId };
  }

  private async lockInTx(id: string, manager: EntityManager): Promise<SandboxPaymentEntity> {
    const payment = await this.repository.lockPaymentInTx(id, manager);
    if (!payment) throw new Error(`sandbox: no payment ${id}`);
    return payment;
  }
}
