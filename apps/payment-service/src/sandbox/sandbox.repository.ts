import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { PayoutFailureCode } from '../payout/domain/payout-status';
import { SandboxPaymentEntity, type SandboxPaymentStatus } from './sandbox-payment.entity';
import { SandboxPayoutEntity, type SandboxPayoutStatus } from './sandbox-payout.entity';

/** A callback claimed for one delivery attempt. */
export interface ClaimedCallback {
  readonly eventId: string;
  /** The payment or payout it is about (for logs). */
  readonly paymentId: string;
  readonly body: string;
  /** Attempts made, this one included. */
  readonly attempts: number;
  readonly createdAt: Date;
}

/** Queries of the sandbox gateway's tables. */
@Injectable()
export class SandboxRepository {
  constructor(private readonly database: Database) {}

  /** Records a payment unless the gateway already has one with this id. True when inserted. */
  async insertPaymentIfAbsentInTx(
    payment: Pick<
      SandboxPaymentEntity,
      'id' | 'reference' | 'amount' | 'currency' | 'description' | 'expiresAt'
    >,
    manager: EntityManager,
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO sandbox_payment (id, reference, amount, currency, description, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [
        payment.id,
        payment.reference,
        payment.amount,
        payment.currency,
        payment.description,
        payment.expiresAt,
      ],
    );
    return inserted.length > 0;
  }

  /** The payment, locked until the transaction ends; or null. */
  lockPaymentInTx(id: string, manager: EntityManager): Promise<SandboxPaymentEntity | null> {
    return manager
      .createQueryBuilder(SandboxPaymentEntity, 'payment')
      .where('payment.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async updatePaymentInTx(
    id: string,
    changes: { status: SandboxPaymentStatus; refundId?: string; refundedAt?: Date },
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(SandboxPaymentEntity, { id }, changes);
  }

  /** Closes an open payment; a payment no longer open is left as it is. */
  async cancelIfOpenInTx(id: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE sandbox_payment SET status = 'cancelled' WHERE id = $1 AND status = 'open'`,
      [id],
    );
  }

  /** Queues a callback about a payment or a payout, delivered from `deliverAfter` on. */
  async insertCallbackInTx(
    callback: {
      eventId: string;
      about: { paymentId: string } | { payoutId: string };
      body: string;
      deliverAfter: Date;
    },
    manager: EntityManager,
  ): Promise<void> {
    const { about } = callback;
    await manager.query(
      `INSERT INTO sandbox_callback (event_id, payment_id, payout_id, body, deliver_after)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        callback.eventId,
        'paymentId' in about ? about.paymentId : null,
        'payoutId' in about ? about.payoutId : null,
        callback.body,
        callback.deliverAfter,
      ],
    );
  }

  /** Records a payout unless the gateway already has one with this id. True when inserted. */
  async insertPayoutIfAbsentInTx(
    payout: Pick<SandboxPayoutEntity, 'id' | 'reference' | 'amount' | 'currency' | 'description'>,
    manager: EntityManager,
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO sandbox_payout (id, reference, amount, currency, description)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [payout.id, payout.reference, payout.amount, payout.currency, payout.description],
    );
    return inserted.length > 0;
  }

  /** The payout, locked until the transaction ends; or null. */
  lockPayoutInTx(id: string, manager: EntityManager): Promise<SandboxPayoutEntity | null> {
    return manager
      .createQueryBuilder(SandboxPayoutEntity, 'payout')
      .where('payout.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async updatePayoutInTx(
    id: string,
    changes: { status: SandboxPayoutStatus; failureCode: PayoutFailureCode | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(SandboxPayoutEntity, { id }, changes);
  }

  /**
   * Claims up to `limit` due callbacks for one attempt, in one statement: each is pushed
   * `leaseMs` into the future, so no other dispatcher (this instance's next round, or another
   * instance) takes it while it is in flight, and one that was in flight when its dispatcher
   * crashed is due again once the lease has passed.
   */
  async claimDueCallbacks(now: Date, leaseMs: number, limit: number): Promise<ClaimedCallback[]> {
    const rows: {
      event_id: string;
      payment_id: string;
      body: string;
      attempts: number;
      created_at: Date;
    }[] = await this.database.manager.query(
      // Wrapped in a CTE so the driver answers rows (a bare UPDATE comes back as [rows, count]).
      `WITH claimed AS (
         UPDATE sandbox_callback
            SET attempts = attempts + 1, deliver_after = $2
          WHERE event_id IN (
            SELECT event_id FROM sandbox_callback
             WHERE delivered_at IS NULL AND abandoned_at IS NULL AND deliver_after <= $1
             ORDER BY deliver_after
             LIMIT $3
             FOR UPDATE SKIP LOCKED)
         RETURNING event_id, COALESCE(payment_id, payout_id) AS payment_id, body, attempts,
                   created_at)
       SELECT * FROM claimed`,
      [now, new Date(now.getTime() + leaseMs), limit],
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      paymentId: row.payment_id,
      body: row.body,
      attempts: row.attempts,
      createdAt: row.created_at,
    }));
  }

  async markDelivered(eventId: string, now: Date): Promise<void> {
    await this.database.manager.query(
      `UPDATE sandbox_callback SET delivered_at = $2, last_error = NULL WHERE event_id = $1`,
      [eventId, now],
    );
  }

  /** Records a failed attempt: tried again at `retryAt`, or abandoned when it is null. */
  async markFailed(eventId: string, error: string, retryAt: Date | null, now: Date): Promise<void> {
    await this.database.manager.query(
      `UPDATE sandbox_callback
          SET last_error = $2,
              deliver_after = COALESCE($3, deliver_after),
              abandoned_at = CASE WHEN $3::timestamptz IS NULL THEN $4::timestamptz END
        WHERE event_id = $1`,
      [eventId, error.slice(0, 500), retryAt, now],
    );
  }
}
