import { Inject, Injectable } from '@nestjs/common';
import {
  BenefitPaidV1,
  BenefitPayoutFailedV1,
  type EventData,
  type EventDefinition,
  type EventOf,
  type PayBenefitV1,
} from '@lienthong/contracts';
import { newEvent, Outbox, type HandlerOutcome, type OutgoingEvent } from '@lienthong/messaging';
import { PLATFORM_LOGGER } from '@lienthong/platform';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { PAYMENT_SERVICE } from '../config/payment-service.config';
import type { PaymentCallbackBody } from '../payment/dto/payment-callback.dto';
import { PaymentError, PaymentErrorCode } from '../payment/payment.error';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payment/provider/payment-provider';
import {
  decidePayoutCallbackEffect,
  type PayoutCallbackEffect,
} from './domain/decide-payout-callback-effect.util';
import { derivePayoutId } from './domain/derive-payout-id.util';
import { maskAccountNumber } from './domain/mask-account-number.util';
import {
  PAYOUT_FAILURE_REASONS,
  type PayoutFailureCode,
  type PayoutStatus,
} from './domain/payout-status';
import type { PayoutView } from './dto/payout.dto';
import type { PayoutEntity } from './payout.entity';
import { PayoutRepository } from './payout.repository';

/**
 * Benefit payouts of dossier steps: submitted to the provider when an agency asks, settled by the
 * provider's signed callbacks, answered to the agency on `payment.payout-results`. With the same
 * guarantees as fees: one payout per dossier step (unique constraint, deterministic id the
 * provider is idempotent on), one outcome per payout, each change and its event in one transaction
 * under a lock of the payout row. The payee's account is passed to the provider and only its
 * masked form is kept; logs carry ids only.
 */
@Injectable()
export class PayoutService {
  private readonly logger: Logger;

  constructor(
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly outbox: Outbox,
    private readonly repository: PayoutRepository,
  ) {
    this.logger = rootLogger.child({ context: PayoutService.name });
  }

  /**
   * Submits the payout of a dossier step, once: a command delivered again, or re-sent with a new
   * event id, finds the payout there and changes nothing (`skipped`); its outcome is answered
   * once, when the provider reports it.
   */
  async payBenefitInTx(
    event: EventOf<typeof PayBenefitV1>,
    manager: EntityManager,
  ): Promise<HandlerOutcome> {
    const { data } = event;
    const payout = {
      id: derivePayoutId({ dossierId: data.dossierId, step: data.step }),
      dossierId: data.dossierId,
      step: data.step,
      agency: data.agency,
      benefit: data.benefit,
      description: data.description,
      amount: data.amount,
      currency: data.currency,
      payeeBankCode: data.payee.bankAccount.bankCode,
      payeeAccountMasked: maskAccountNumber({
        accountNumber: data.payee.bankAccount.accountNumber,
      }),
      provider: this.provider.name,
      correlationId: event.correlationid,
      payEventId: event.id,
      createdAt: new Date(),
    };
    if (!(await this.repository.insertIfAbsentInTx(payout, manager))) {
      const existing = await this.repository.findByDossierStepInTx(
        data.dossierId,
        data.step,
        manager,
      );
      if (existing && existing.amount !== data.amount) {
        this.logger.warn(
          { paymentId: existing.id, dossierId: data.dossierId, step: data.step },
          'pay-benefit repeated with another amount; the payout made first stands',
        );
      }
      return 'skipped';
    }
    const submitted = await this.provider.payout(
      {
        payoutId: payout.id,
        amount: payout.amount,
        currency: payout.currency,
        description: payout.description,
        payee: data.payee,
      },
      manager,
    );
    await this.repository.updateInTx(
      payout.id,
      { providerReference: submitted.providerReference },
      manager,
    );
    this.logger.info(
      {
        paymentId: payout.id,
        dossierId: payout.dossierId,
        agency: payout.agency,
        benefit: payout.benefit,
        provider: payout.provider,
      },
      'payout submitted',
    );
    return 'applied';
  }

  /** The payout as `GET /v1/payments/{id}` shows it (account masked), or null. */
  async findPayout(id: string): Promise<PayoutView | null> {
    const payout = await this.repository.findById(id);
    if (!payout) return null;
    return {
      id: payout.id,
      kind: 'payout',
      dossierId: payout.dossierId,
      step: payout.step,
      agency: payout.agency,
      benefit: payout.benefit,
      description: payout.description,
      amount: payout.amount,
      currency: payout.currency,
      status: payout.status,
      provider: payout.provider,
      payee: { bankCode: payout.payeeBankCode, accountNumber: payout.payeeAccountMasked },
      createdAt: payout.createdAt.toISOString(),
      paidAt: payout.paidAt?.toISOString() ?? null,
      failedAt: payout.failedAt?.toISOString() ?? null,
      failure:
        payout.failureCode && payout.failureReason
          ? { code: payout.failureCode, reason: payout.failureReason }
          : null,
    };
  }

  /**
   * Applies a provider's callback about a payout, in the caller's transaction (the signature was
   * verified by the controller's guard). The outcome applies only to a pending payout; a retried
   * delivery (same event id) or a repeated outcome changes nothing; an outcome contradicting the
   * one already reported is recorded and logged for an operator, and changes nothing.
   * Returns the payout's status after it, or null when the provider holds no payout of this id.
   *
   * @throws PaymentError CallbackAmountMismatch (the caller's transaction rolls back).
   */
  async acceptCallbackInTx(
    providerName: string,
    callback: PaymentCallbackBody,
    manager: EntityManager,
  ): Promise<PayoutStatus | null> {
    const payout = await this.repository.lockByIdInTx(callback.paymentId, manager);
    if (!payout || payout.provider !== providerName) return null;
    if (callback.amount !== payout.amount || callback.currency !== payout.currency) {
      this.logger.warn(
        { paymentId: payout.id, eventId: callback.eventId },
        'provider callback refused: amount or currency differs from the payout',
      );
      throw new PaymentError(PaymentErrorCode.CallbackAmountMismatch);
    }
    const now = new Date();
    // A refusal without a reason is the bank's: the reason a gateway reports when it has no other.
    const failureCode: PayoutFailureCode | null =
      callback.status === 'declined' ? (callback.failureCode ?? 'refused-by-bank') : null;
    const effect = decidePayoutCallbackEffect({ status: payout.status, outcome: callback.status });
    const recorded = await this.repository.insertCallbackIfAbsentInTx(
      {
        provider: providerName,
        eventId: callback.eventId,
        payoutId: payout.id,
        outcome: callback.status,
        failureCode,
        occurredAt: new Date(callback.occurredAt),
        receivedAt: now,
        effect,
      },
      manager,
    );
    if (!recorded) return payout.status;
    return this.applyCallbackEffectInTx(
      payout,
      effect,
      failureCode ?? 'refused-by-bank',
      callback.eventId,
      now,
      manager,
    );
  }

  private async applyCallbackEffectInTx(
    payout: PayoutEntity,
    effect: PayoutCallbackEffect,
    failureCode: PayoutFailureCode,
    eventId: string,
    now: Date,
    manager: EntityManager,
  ): Promise<PayoutStatus> {
    switch (effect) {
      case 'mark-paid':
        await this.repository.updateInTx(payout.id, { status: 'paid', paidAt: now }, manager);
        await this.emitInTx(
          this.event(BenefitPaidV1, payout, eventId, {
            dossierId: payout.dossierId,
            step: payout.step,
            paymentId: payout.id,
            amount: payout.amount,
            currency: payout.currency,
          }),
          manager,
        );
        this.logger.info({ paymentId: payout.id, agency: payout.agency }, 'payout paid');
        return 'paid';
      case 'mark-failed': {
        const reason = PAYOUT_FAILURE_REASONS[failureCode];
        await this.repository.updateInTx(
          payout.id,
          { status: 'failed', failedAt: now, failureCode, failureReason: reason },
          manager,
        );
        await this.emitInTx(
          this.event(BenefitPayoutFailedV1, payout, eventId, {
            dossierId: payout.dossierId,
            step: payout.step,
            paymentId: payout.id,
            code: failureCode,
            reason,
          }),
          manager,
        );
        this.logger.info(
          { paymentId: payout.id, agency: payout.agency, failureCode },
          'payout failed',
        );
        return 'failed';
      }
      case 'reconcile':
        // The agency was told the other outcome and has acted on it; money may have moved against
        // it. Nothing is undone automatically: the callback is recorded for an operator.
        this.logger.error(
          { paymentId: payout.id, eventId, status: payout.status },
          'provider callback contradicts the payout outcome already reported: reconcile with the provider',
        );
        return payout.status;
      case 'none':
        return payout.status;
    }
  }

  private event<D extends EventDefinition>(
    definition: D,
    payout: Pick<PayoutEntity, 'dossierId' | 'correlationId'>,
    causationId: string,
    data: EventData<D>,
  ): OutgoingEvent {
    return {
      topic: definition.topic,
      event: newEvent(definition, {
        subject: payout.dossierId,
        data,
        correlationId: payout.correlationId,
        causationId,
        source: PAYMENT_SERVICE.serviceName,
      }),
    };
  }

  private emitInTx(event: OutgoingEvent, manager: EntityManager): Promise<void> {
    return this.outbox.enqueueInTx([event], manager);
  }
}
