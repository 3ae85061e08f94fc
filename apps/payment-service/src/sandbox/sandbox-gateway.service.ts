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
  RefundRequest,
} from '../payment/provider/payment-provider';
import { SandboxCallbackDispatcher } from './sandbox-callback.dispatcher';
import type { SandboxPaymentEntity } from './sandbox-payment.entity';
import { SandboxError, SandboxErrorCode } from './sandbox.error';
import { SandboxRepository } from './sandbox.repository';

/** What the sandbox answers to a confirm or decline. */
export interface SandboxSettlement {
  readonly paymentId: string;
  readonly outcome: CallbackOutcome;
  /** The callback it queued, delivered to the merchant shortly. */
  readonly callbackEventId: string;
}

/**
 * The sandbox payment gateway: behaves like a remote one. It keeps its own payments, and reports
 * outcomes only by queuing signed callbacks that its dispatcher delivers over HTTP to the
 * merchant's callback endpoint. With `PAYMENT_SANDBOX_AUTO_CONFIRM` it confirms every payment by
 * itself `PAYMENT_SANDBOX_CONFIRM_DELAY_MS` after it was opened (the citizen paying at once);
 * otherwise `settle` (the sandbox's confirm and decline endpoints) plays the citizen.
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
        paymentId: payment.id,
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
