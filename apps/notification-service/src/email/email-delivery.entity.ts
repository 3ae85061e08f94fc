import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EmailStatus } from './domain/email-status';

/**
 * The e-mail of one inbox message: written as `pending` in the transaction that writes the
 * message, sent later by the delivery worker, outside any consumer transaction.
 */
@Entity({ name: 'email_delivery' })
export class EmailDeliveryEntity {
  /** The inbox message this e-mail carries (`applicant_message.id`). */
  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @Column({ type: 'text' })
  status!: EmailStatus;

  /** Set for an e-mail to send (personal data: never logged). */
  @Column({ name: 'to_address', type: 'text', nullable: true })
  toAddress!: string | null;

  /** Attempts begun so far, counted when an attempt is claimed. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When a pending e-mail is next due; while one is being sent, the end of its lease. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** Summary of the last failure: codes only, never the server's text (it quotes addresses). */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
