import { Inject, Injectable } from '@nestjs/common';
import {
  type CollectFeeV1,
  FeePaidV1,
  FeePaymentFailedV1,
  FeePaymentRequestedV1,
  FeeRefundedV1,
  type EventData,
  type EventDefinition,
  type EventOf,
  type RefundFeeV1,
} from '@lienthong/contracts';
import {
  newEvent,
  Outbox,
  PermanentHandlerError,
  type HandlerOutcome,
  type OutgoingEvent,
} from '@lienthong/messaging';
import { Database } from '@lienthong/persistence';
import { PLATFORM_LOGGER } from '@lienthong/platform';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { PAYMENT_SERVICE, PaymentServiceConfig } from '../config/payment-service.config';
import type { PayoutView } from '../payout/dto/payout.dto';
import { PayoutService } from '../payout/payout.service';
import { decideCallbackEffect } from './domain/decide-callback-effect.util';
import { decideRefundAction } from './domain/decide-refund-action.util';
import { derivePaymentId } from './domain/derive-payment-id.util';
import type { PaymentStatus } from './domain/payment-status';
import type { CallbackAcceptedView, PaymentCallbackBody } from './dto/payment-callback.dto';
import type { PaymentView } from './dto/payment.dto';
import { PaymentEntity } from './payment.entity';
import { PaymentError, PaymentErrorCode } from './payment.error';
import { type PaymentChanges, PaymentRepository } from './payment.repository';
import { PAYMENT_PROVIDER, type PaymentProvider } from './provider/payment-provider';

/** Payments the sweeper expires per transaction: short transactions, short locks. */
const EXPIRY_BATCH = 100;

const DECLINED_REASON = 'The payment provider declined the payment of the fee.';

/** Why money that arrives for a payment already closed (as `closedAs`) is given back. */
function lateRefundReason(closedAs: PaymentStatus): string {
  switch (closedAs) {
    case 'expired':
      return 'The payment arrived after it had expired; the fee step had already been rejected.';
    case 'declined':
      return 'The payment arrived after it had been declined; the fee step had already been rejected.';
    case 'cancelled':
      return 'The payment arrived after it had been cancelled.';
    case 'pending':
    case 'paid':
    case 'refunded':
      // Not reached: only a closed payment is refunded as a late payment.
      return 'The payment arrived after it had been closed.';
  }
}

/**
 * Fee payments of dossier steps: opened with the provider when the dossier asks, settled by the
 * provider's signed callbacks, expired by the sweeper, refunded when the dossier is rejected.
 * Every change and the events it emits commit in one transaction, under a lock of the payment
 * row, and only from the statuses the domain allows.
 */
@Injectable()
export class PaymentService {
  private readonly logger: Logger;

  constructor(
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly config: PaymentServiceConfig,
    private readonly database: Database,
    private readonly outbox: Outbox,
    private readonly repository: PaymentRepository,
    private readonly payouts: PayoutService,
  ) {
    this.logger = rootLogger.child({ context: PaymentService.name });
  }

  /**
   * Opens the payment of a dossier step, once: a command delivered again, or re-sent with a new
   * event id, finds the payment there and changes nothing (`skipped`).
   */
  async collectFeeInTx(
    event: EventOf<typeof CollectFeeV1>,
    manager: EntityManager,
  ): Promise<HandlerOutcome> {
    const { data } = event;
    const now = new Date();
    const payment = {
      id: derivePaymentId({ dossierId: data.dossierId, step: data.step }),
      dossierId: data.dossierId,
      step: data.step,
      procedure: data.procedure,
      description: data.description,
      amount: data.amount,
      currency: data.currency,
      provider: this.provider.name,
      correlationId: event.correlationid,
      collectEventId: event.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.PAYMENT_EXPIRY_SECONDS * 1000),
    };
    if (!(await this.repository.insertIfAbsentInTx(payment, manager))) {
      const existing = await this.repository.findByDossierStepInTx(
        data.dossierId,
        data.step,
        manager,
      );
      if (existing && existing.amount !== data.amount) {
        this.logger.warn(
          { paymentId: existing.id, dossierId: data.dossierId, step: data.step },
          'collect-fee repeated with another amount; the payment opened first stands',
        );
      }
      return 'skipped';
    }
    const opened = await this.provider.open(
      {
        paymentId: payment.id,
        amount: payment.amount,
        currency: payment.currency,
        description: payment.description,
        expiresAt: payment.expiresAt,
        payer: data.payer,
      },
      manager,
    );
    await this.repository.updateInTx(
      payment.id,
      { providerReference: opened.providerReference },
      manager,
    );
    await this.emitInTx(
      [
        this.event(FeePaymentRequestedV1, payment, event.id, {
          dossierId: payment.dossierId,
          step: payment.step,
          paymentId: payment.id,
          amount: payment.amount,
          currency: payment.currency,
          provider: payment.provider,
          expiresAt: payment.expiresAt.toISOString(),
        }),
      ],
      manager,
    );
    this.logger.info(
      { paymentId: payment.id, dossierId: payment.dossierId, provider: payment.provider },
      'payment opened',
    );
    return 'applied';
  }

  /**
   * Gives a paid fee back, once: a payment already refunded (or never paid) is left alone
   * (`skipped`). A payment still pending is cancelled, so it can no longer be paid.
   *
   * @throws PermanentHandlerError when the payment is unknown or belongs to another dossier
   *   step: dossier-service only refunds payments we told it about, so this is a bug.
   */
  async refundFeeInTx(
    event: EventOf<typeof RefundFeeV1>,
    manager: EntityManager,
  ): Promise<HandlerOutcome> {
    const { data } = event;
    const payment = await this.repository.lockByIdInTx(data.paymentId, manager);
    if (!payment || payment.dossierId !== data.dossierId || payment.step !== data.step) {
      throw new PermanentHandlerError(
        `refund-fee names payment ${data.paymentId}, which is not the payment of dossier ${data.dossierId} step ${data.step}`,
      );
    }
    const action = decideRefundAction({ status: payment.status });
    switch (action) {
      case 'refund': {
        const refund = await this.refundInTx(payment, data.reason, manager);
        await this.emitInTx(
          [
            this.event(FeeRefundedV1, payment, event.id, {
              dossierId: payment.dossierId,
              step: payment.step,
              result: {
                paymentId: payment.id,
                refundId: refund.refundId,
                amount: payment.amount,
                currency: payment.currency,
              },
            }),
          ],
          manager,
        );
        this.logger.info({ paymentId: payment.id }, 'payment refunded');
        return 'applied';
      }
      case 'cancel':
        await this.provider.cancel(payment.id, manager);
        await this.repository.updateInTx(
          payment.id,
          { status: 'cancelled', closedAt: new Date() },
          manager,
        );
        // No contract event says "cancelled": nothing was paid, so nothing is owed back; a
        // payment that still arrives is refunded as a late payment.
        this.logger.warn(
          { paymentId: payment.id, dossierId: payment.dossierId },
          'refund asked for a payment still pending: cancelled it',
        );
        return 'applied';
      case 'none':
        return 'skipped';
    }
  }

  /**
   * A fee payment or a benefit payout by id (their ids never collide: see derivePayoutId).
   * @throws PaymentError PaymentNotFound.
   */
  async getPayment(id: string): Promise<PaymentView | PayoutView> {
    const payment = await this.repository.findById(id);
    if (!payment) {
      const payout = await this.payouts.findPayout(id);
      if (!payout) throw new PaymentError(PaymentErrorCode.PaymentNotFound);
      return payout;
    }
    return {
      id: payment.id,
      kind: 'fee',
      dossierId: payment.dossierId,
      step: payment.step,
      procedure: payment.procedure,
      description: payment.description,
      amount: payment.amount,
      currency: payment.currency,
      status: payment.status,
      provider: payment.provider,
      createdAt: payment.createdAt.toISOString(),
      expiresAt: payment.expiresAt.toISOString(),
      paidAt: payment.paidAt?.toISOString() ?? null,
      closedAt: payment.closedAt?.toISOString() ?? null,
      refund:
        payment.refundId && payment.refundedAt && payment.refundReason
          ? {
              refundId: payment.refundId,
              refundedAt: payment.refundedAt.toISOString(),
              reason: payment.refundReason,
            }
          : null,
    };
  }

  /**
   * Applies a provider's callback, whose signature the controller's guard has verified. Outcomes
   * apply only to a pending payment; a retried delivery (same event id) or a repeated outcome
   * changes nothing; money arriving after the payment was closed is refunded at once. A callback
   * about a payout (its id is no fee payment's) is applied by {@link PayoutService}.
   *
   * @throws PaymentError ProviderNotFound, PaymentNotFound, CallbackAmountMismatch (nothing is
   *   recorded then: the transaction rolls back).
   */
  async acceptCallback(
    providerName: string,
    callback: PaymentCallbackBody,
  ): Promise<CallbackAcceptedView> {
    if (providerName !== this.provider.name) {
      throw new PaymentError(PaymentErrorCode.ProviderNotFound);
    }
    return this.database.transaction(async (manager) => {
      const payment = await this.repository.lockByIdInTx(callback.paymentId, manager);
      if (!payment) {
        const status = await this.payouts.acceptCallbackInTx(providerName, callback, manager);
        if (status === null) throw new PaymentError(PaymentErrorCode.PaymentNotFound);
        return { paymentId: callback.paymentId, status };
      }
      if (payment.provider !== providerName) {
        throw new PaymentError(PaymentErrorCode.PaymentNotFound);
      }
      if (callback.amount !== payment.amount || callback.currency !== payment.currency) {
        this.logger.warn(
          { paymentId: payment.id, eventId: callback.eventId },
          'provider callback refused: amount or currency differs from the payment',
        );
        throw new PaymentError(PaymentErrorCode.CallbackAmountMismatch);
      }
      const now = new Date();
      const effect = decideCallbackEffect({ status: payment.status, outcome: callback.status });
      const recorded = await this.repository.insertCallbackIfAbsentInTx(
        {
          provider: providerName,
          eventId: callback.eventId,
          paymentId: payment.id,
          outcome: callback.status,
          occurredAt: new Date(callback.occurredAt),
          receivedAt: now,
          effect,
        },
        manager,
      );
      if (!recorded) return { paymentId: payment.id, status: payment.status };
      const status = await this.applyCallbackEffectInTx(
        payment,
        effect,
        callback.eventId,
        now,
        manager,
      );
      return { paymentId: payment.id, status };
    });
  }

  /**
   * Expires pending payments past their expiry, in batches, each in its own transaction, and
   * tells the dossier. Safe on several instances at once (locked rows are skipped).
   * Returns how many it expired.
   */
  async expireDuePayments(now: Date = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.database.transaction(async (manager) => {
        const due = await this.repository.lockExpiredPendingInTx(now, EXPIRY_BATCH, manager);
        for (const payment of due) {
          await this.repository.updateInTx(
            payment.id,
            { status: 'expired', closedAt: now },
            manager,
          );
        }
        await this.emitInTx(
          due.map((payment) =>
            this.event(FeePaymentFailedV1, payment, payment.collectEventId, {
              dossierId: payment.dossierId,
              step: payment.step,
              code: 'expired',
              reason: `The fee was not paid before the payment expired (${payment.expiresAt.toISOString()}).`,
            }),
          ),
          manager,
        );
        return due.map((payment) => payment.id);
      });
      if (expired.length > 0) this.logger.info({ paymentIds: expired }, 'payments expired');
      total += expired.length;
      if (expired.length < EXPIRY_BATCH) return total;
    }
  }

  private async applyCallbackEffectInTx(
    payment: PaymentEntity,
    effect: ReturnType<typeof decideCallbackEffect>,
    eventId: string,
    now: Date,
    manager: EntityManager,
  ): Promise<PaymentStatus> {
    switch (effect) {
      case 'mark-paid':
        await this.repository.updateInTx(payment.id, { status: 'paid', paidAt: now }, manager);
        await this.emitInTx(
          [
            this.event(FeePaidV1, payment, eventId, {
              dossierId: payment.dossierId,
              step: payment.step,
              result: { paymentId: payment.id, amount: payment.amount, currency: payment.currency },
            }),
          ],
          manager,
        );
        this.logger.info({ paymentId: payment.id }, 'payment paid');
        return 'paid';
      case 'mark-declined':
        await this.repository.updateInTx(
          payment.id,
          { status: 'declined', closedAt: now },
          manager,
        );
        await this.emitInTx(
          [
            this.event(FeePaymentFailedV1, payment, eventId, {
              dossierId: payment.dossierId,
              step: payment.step,
              code: 'declined',
              reason: DECLINED_REASON,
            }),
          ],
          manager,
        );
        this.logger.info({ paymentId: payment.id }, 'payment declined');
        return 'declined';
      case 'refund-late-payment':
        // The fee step was rejected when the payment closed; the dossier was told then and will
        // not count this money, so it goes straight back. No event: the dossier's fee step is
        // already final (see docs/services/payment-service.md).
        await this.refundInTx(payment, lateRefundReason(payment.status), manager, {
          paidAt: now,
        });
        this.logger.warn(
          { paymentId: payment.id, closedAs: payment.status },
          'payment arrived after it was closed: refunded at once',
        );
        return 'refunded';
      case 'none':
        return payment.status;
    }
  }

  /** Asks the provider for the refund (idempotent) and records it, with any `also` changes. */
  private async refundInTx(
    payment: PaymentEntity,
    reason: string,
    manager: EntityManager,
    also: PaymentChanges = {},
  ): Promise<{ refundId: string }> {
    const refund = await this.provider.refund(
      { paymentId: payment.id, amount: payment.amount, currency: payment.currency, reason },
      manager,
    );
    await this.repository.updateInTx(
      payment.id,
      {
        ...also,
        status: 'refunded',
        refundId: refund.refundId,
        refundedAt: new Date(),
        refundReason: reason,
      },
      manager,
    );
    return refund;
  }

  private event<D extends EventDefinition>(
    definition: D,
    payment: Pick<PaymentEntity, 'dossierId' | 'correlationId'>,
    causationId: string,
    data: EventData<D>,
  ): OutgoingEvent {
    return {
      topic: definition.topic,
      event: newEvent(definition, {
        subject: payment.dossierId,
        data,
        correlationId: payment.correlationId,
        causationId,
        source: PAYMENT_SERVICE.serviceName,
      }),
    };
  }

  private emitInTx(events: readonly OutgoingEvent[], manager: EntityManager): Promise<void> {
    return this.outbox.enqueueInTx(events, manager);
  }
}
