import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { CallbackEffect } from './domain/decide-callback-effect.util';
import type { CallbackOutcome } from './domain/payment-status';
import { PaymentEntity } from './payment.entity';

/** A payment as first recorded, before any outcome. */
export interface NewPayment {
  readonly id: string;
  readonly dossierId: string;
  readonly step: string;
  readonly procedure: string;
  readonly description: string;
  readonly amount: number;
  readonly currency: 'VND';
  readonly provider: string;
  readonly correlationId: string;
  readonly collectEventId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** A callback to record. */
export interface NewCallback {
  readonly provider: string;
  readonly eventId: string;
  readonly paymentId: string;
  readonly outcome: CallbackOutcome;
  readonly occurredAt: Date;
  readonly receivedAt: Date;
  readonly effect: CallbackEffect;
}

/** The columns a transition may change. */
export type PaymentChanges = Partial<
  Pick<
    PaymentEntity,
    | 'status'
    | 'providerReference'
    | 'paidAt'
    | 'closedAt'
    | 'refundId'
    | 'refundedAt'
    | 'refundReason'
  >
>;

/** Queries of the `payment` and `payment_callback` tables. */
@Injectable()
export class PaymentRepository {
  constructor(private readonly database: Database) {}

  /** A payment by id, or null. */
  findById(id: string): Promise<PaymentEntity | null> {
    return this.database.manager.findOne(PaymentEntity, { where: { id } });
  }

  /**
   * Inserts the payment unless its dossier step already has one (the unique constraint decides,
   * so concurrent deliveries of the command cannot both insert). True when this call inserted it.
   */
  async insertIfAbsentInTx(payment: NewPayment, manager: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO payment (id, dossier_id, step, procedure, description, amount, currency,
                            status, provider, correlation_id, collect_event_id, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $10, $11, $12)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        payment.id,
        payment.dossierId,
        payment.step,
        payment.procedure,
        payment.description,
        payment.amount,
        payment.currency,
        payment.provider,
        payment.correlationId,
        payment.collectEventId,
        payment.createdAt,
        payment.expiresAt,
      ],
    );
    return inserted.length > 0;
  }

  /** The payment of a dossier step, or null. */
  findByDossierStepInTx(
    dossierId: string,
    step: string,
    manager: EntityManager,
  ): Promise<PaymentEntity | null> {
    return manager.findOne(PaymentEntity, { where: { dossierId, step } });
  }

  /**
   * The payment, locked until the transaction ends: callbacks, refunds and the sweeper take
   * turns on one payment, each seeing the status the previous one left.
   */
  lockByIdInTx(id: string, manager: EntityManager): Promise<PaymentEntity | null> {
    return manager
      .createQueryBuilder(PaymentEntity, 'payment')
      .where('payment.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /**
   * Pending payments past their expiry, locked; those another instance (or a callback) holds are
   * skipped, so sweepers on several instances share the work without waiting on each other.
   */
  lockExpiredPendingInTx(
    now: Date,
    limit: number,
    manager: EntityManager,
  ): Promise<PaymentEntity[]> {
    return manager
      .createQueryBuilder(PaymentEntity, 'payment')
      .where(`payment.status = 'pending'`)
      .andWhere('payment.expires_at <= :now', { now })
      .orderBy('payment.expires_at')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Applies a transition's changes to a payment the caller has locked. */
  async updateInTx(id: string, changes: PaymentChanges, manager: EntityManager): Promise<void> {
    await manager.update(PaymentEntity, { id }, changes);
  }

  /**
   * Records a callback unless the provider already delivered this event id. True when this call
   * recorded it (false: a retried delivery, which must change nothing).
   */
  async insertCallbackIfAbsentInTx(
    callback: NewCallback,
    manager: EntityManager,
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO payment_callback
         (provider, event_id, payment_id, outcome, occurred_at, received_at, effect)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING
       RETURNING event_id`,
      [
        callback.provider,
        callback.eventId,
        callback.paymentId,
        callback.outcome,
        callback.occurredAt,
        callback.receivedAt,
        callback.effect,
      ],
    );
    return inserted.length > 0;
  }
}
