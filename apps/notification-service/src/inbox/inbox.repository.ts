import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { EmailStatus } from '../email/domain/email-status';

/** A new inbox message. */
export interface NewApplicantMessage {
  readonly id: string;
  readonly dossierId: string;
  readonly status: string;
  readonly recipientPin: string;
  readonly subject: string;
  readonly body: string;
}

/** An inbox message as listed, with its e-mail's status. */
export interface ListedMessage {
  readonly id: string;
  readonly sequence: string;
  readonly dossierId: string;
  readonly status: string;
  readonly subject: string;
  readonly body: string;
  readonly createdAt: Date;
  readonly emailStatus: EmailStatus;
}

/** Queries of the applicants' inboxes. */
@Injectable()
export class InboxRepository {
  constructor(private readonly database: Database) {}

  /**
   * Inserts the message unless the applicant was already told of this status of this dossier,
   * in the caller's transaction.
   * @returns whether this call inserted it.
   */
  async insertIfAbsentInTx(message: NewApplicantMessage, manager: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO applicant_message (id, dossier_id, status, recipient_pin, subject, body)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (dossier_id, status) DO NOTHING
       RETURNING id`,
      [
        message.id,
        message.dossierId,
        message.status,
        message.recipientPin,
        message.subject,
        message.body,
      ],
    );
    return inserted.length === 1;
  }

  /**
   * Up to `limit` messages of one applicant, newest first, older than `beforeSequence` when
   * given. The e-mail's status comes from the e-mail channel's table (one row per message).
   */
  async findPage(
    recipientPin: string,
    beforeSequence: string | null,
    limit: number,
  ): Promise<ListedMessage[]> {
    const rows: {
      id: string;
      seq: string;
      dossier_id: string;
      status: string;
      subject: string;
      body: string;
      created_at: Date;
      email_status: EmailStatus;
    }[] = await this.database.manager.query(
      `SELECT message.id, message.seq, message.dossier_id, message.status, message.subject,
              message.body, message.created_at, delivery.status AS email_status
       FROM applicant_message AS message
       JOIN email_delivery AS delivery ON delivery.message_id = message.id
       WHERE message.recipient_pin = $1 AND ($2::bigint IS NULL OR message.seq < $2::bigint)
       ORDER BY message.seq DESC
       LIMIT $3`,
      [recipientPin, beforeSequence, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      sequence: row.seq,
      dossierId: row.dossier_id,
      status: row.status,
      subject: row.subject,
      body: row.body,
      createdAt: row.created_at,
      emailStatus: row.email_status,
    }));
  }
}
