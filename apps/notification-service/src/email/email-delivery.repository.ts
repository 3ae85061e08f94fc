import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { EmailStatus } from './domain/email-status';

/** A pending e-mail claimed by this worker for one attempt. */
export interface ClaimedEmail {
  readonly messageId: string;
  readonly toAddress: string;
  /** Attempts begun, this one included: the worker's token when it records the outcome. */
  readonly attempts: number;
  readonly subject: string;
  readonly body: string;
}

/** What `email_delivery` rows say about e-mails, and how the worker moves them along. */
@Injectable()
export class EmailDeliveryRepository {
  constructor(private readonly database: Database) {}

  /** Records the e-mail of a new inbox message, in the message's transaction. */
  async insertInTx(
    delivery: { messageId: string; status: EmailStatus; toAddress: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO email_delivery (message_id, status, to_address, next_attempt_at)
       VALUES ($1, $2, $3, CASE WHEN $2 = 'pending' THEN now() END)`,
      [delivery.messageId, delivery.status, delivery.toAddress],
    );
  }

  /**
   * Claims up to `limit` due e-mails for one attempt each: counts the attempt and pushes the due
   * time `leaseMs` ahead, in one short transaction. `SKIP LOCKED` lets several instances claim
   * at once without waiting on or taking each other's rows; the lease keeps a claimed e-mail
   * from being claimed again while it is sent, and frees it if this instance dies mid-send.
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedEmail[]> {
    // node-postgres answers an UPDATE through TypeORM as [rows, affected], RETURNING or not.
    const [rows]: [
      { message_id: string; to_address: string; attempts: number; subject: string; body: string }[],
      number,
    ] = await this.database.manager.query(
      `WITH due AS (
         SELECT message_id FROM email_delivery
         WHERE status = 'pending' AND next_attempt_at <= now()
         ORDER BY next_attempt_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED
       )
       UPDATE email_delivery AS delivery
       SET attempts = delivery.attempts + 1,
           next_attempt_at = now() + $2 * interval '1 millisecond'
       FROM due, applicant_message AS message
       WHERE delivery.message_id = due.message_id AND message.id = delivery.message_id
       RETURNING delivery.message_id, delivery.to_address, delivery.attempts,
                 message.subject, message.body`,
      [limit, leaseMs],
    );
    return rows.map((row) => ({
      messageId: row.message_id,
      toAddress: row.to_address,
      attempts: row.attempts,
      subject: row.subject,
      body: row.body,
    }));
  }

  /**
   * Records the outcome of a claimed attempt. `attempts` must still be the claim's: if the lease
   * ran out and another instance claimed the e-mail since, its outcome is the one that counts.
   */
  async markSent(claim: ClaimedEmail): Promise<boolean> {
    return this.update(
      claim,
      `status = 'sent', sent_at = now(), next_attempt_at = NULL, last_error = NULL`,
      [],
    );
  }

  /** Schedules the next attempt of a claimed e-mail after a failure. */
  async markRetry(claim: ClaimedEmail, retryInMs: number, error: string): Promise<boolean> {
    return this.update(
      claim,
      `next_attempt_at = now() + $3 * interval '1 millisecond', last_error = $4`,
      [retryInMs, error],
    );
  }

  /** Gives a claimed e-mail up. */
  async markFailed(claim: ClaimedEmail, error: string): Promise<boolean> {
    return this.update(claim, `status = 'failed', next_attempt_at = NULL, last_error = $3`, [
      error,
    ]);
  }

  /** E-mails waiting to be sent or retried (a metric). */
  async countPending(): Promise<number> {
    const [{ count }]: { count: number }[] = await this.database.manager.query(
      `SELECT count(*)::int AS count FROM email_delivery WHERE status = 'pending'`,
    );
    return count;
  }

  private async update(
    claim: ClaimedEmail,
    assignments: string,
    parameters: unknown[],
  ): Promise<boolean> {
    const [, affected]: [unknown[], number] = await this.database.manager.query(
      `UPDATE email_delivery SET ${assignments}
       WHERE message_id = $1 AND attempts = $2 AND status = 'pending'`,
      [claim.messageId, claim.attempts, ...parameters],
    );
    return affected === 1;
  }
}
