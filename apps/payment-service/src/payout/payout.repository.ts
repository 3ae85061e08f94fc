import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { CallbackOutcome } from '../payment/domain/payment-status';
import type { PayoutCallbackEffect } from './domain/decide-payout-callback-effect.util';
import type { PayoutFailureCode } from './domain/payout-status';
import { PayoutEntity } from './payout.entity';

/** A payout as first recorded, before any outcome. */
export interface NewPayout {
  readonly id: string;
  readonly dossierId: string;
  readonly step: string;
  readonly agency: string;
  readonly benefit: string;
  readonly description: string;
  readonly amount: number;
  readonly currency: 'VND';
  readonly payeeBankCode: string;
  readonly payeeAccountMasked: string;
  readonly provider: string;
  readonly correlationId: string;
  readonly payEventId: string;
  readonly createdAt: Date;
}

/** A payout callback to record. */
export interface NewPayoutCallback {
  readonly provider: string;
  readonly eventId: string;
  readonly payoutId: string;
  readonly outcome: CallbackOutcome;
  readonly failureCode: PayoutFailureCode | null;
  readonly occurredAt: Date;
  readonly receivedAt: Date;
  readonly effect: PayoutCallbackEffect;
}

/** The columns a transition may change. */
export type PayoutChanges = Partial<
  Pick<
    PayoutEntity,
    'status' | 'providerReference' | 'paidAt' | 'failedAt' | 'failureCode' | 'failureReason'
  >
>;

/** Queries of the `payout` and `payout_callback` tables. */
@Injectable()
export class PayoutRepository {
  constructor(private readonly database: Database) {}

  /** A payout by id, or null. */
  findById(id: string): Promise<PayoutEntity | null> {
    return this.database.manager.findOne(PayoutEntity, { where: { id } });
  }

  /**
   * Inserts the payout unless its dossier step already has one (the unique constraint decides,
   * so concurrent deliveries of the command cannot both insert). True when this call inserted it.
   */
  async insertIfAbsentInTx(payout: NewPayout, manager: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO payout (id, dossier_id, step, agency, benefit, description, amount, currency,
                           payee_bank_code, payee_account_masked, status, provider,
                           correlation_id, pay_event_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11, $12, $13, $14)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        payout.id,
        payout.dossierId,
        payout.step,
        payout.agency,
        payout.benefit,
        payout.description,
        payout.amount,
        payout.currency,
        payout.payeeBankCode,
        payout.payeeAccountMasked,
        payout.provider,
        payout.correlationId,
        payout.payEventId,
        payout.createdAt,
      ],
    );
    return inserted.length > 0;
  }

  /** The payout of a dossier step, or null. */
  findByDossierStepInTx(
    dossierId: string,
    step: string,
    manager: EntityManager,
  ): Promise<PayoutEntity | null> {
    return manager.findOne(PayoutEntity, { where: { dossierId, step } });
  }

  /** The payout, locked until the transaction ends: callbacks about it take turns. */
  lockByIdInTx(id: string, manager: EntityManager): Promise<PayoutEntity | null> {
    return manager
      .createQueryBuilder(PayoutEntity, 'payout')
      .where('payout.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Applies a transition's changes to a payout the caller has locked (or just inserted). */
  async updateInTx(id: string, changes: PayoutChanges, manager: EntityManager): Promise<void> {
    await manager.update(PayoutEntity, { id }, changes);
  }

  /**
   * Records a callback unless the provider already delivered this event id. True when this call
   * recorded it (false: a retried delivery, which must change nothing).
   */
  async insertCallbackIfAbsentInTx(
    callback: NewPayoutCallback,
    manager: EntityManager,
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO payout_callback
         (provider, event_id, payout_id, outcome, failure_code, occurred_at, received_at, effect)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT DO NOTHING
       RETURNING event_id`,
      [
        callback.provider,
        callback.eventId,
        callback.payoutId,
        callback.outcome,
        callback.failureCode,
        callback.occurredAt,
        callback.receivedAt,
        callback.effect,
      ],
    );
    return inserted.length > 0;
  }
}
