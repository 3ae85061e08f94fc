import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { DeadLetterReason, DeadLetterStatus } from './dead-letter.types';

/** A message a consumer set aside, kept as received so an operator can inspect and replay it. */
@Entity({ name: 'dead_letter' })
export class DeadLetterEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'consumer_group', type: 'text' })
  consumerGroup!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'integer' })
  partition!: number;

  @Column({ name: 'kafka_offset', type: 'bigint' })
  offset!: string;

  @Column({ name: 'message_key', type: 'text', nullable: true })
  messageKey!: string | null;

  @Column({ name: 'event_id', type: 'text', nullable: true })
  eventId!: string | null;

  @Column({ name: 'event_type', type: 'text', nullable: true })
  eventType!: string | null;

  @Column({ type: 'text' })
  reason!: DeadLetterReason;

  @Column({ type: 'text' })
  error!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'original_message', type: 'text' })
  originalMessage!: string;

  @Column({ type: 'text' })
  status!: DeadLetterStatus;

  @Column({ name: 'replay_attempts', type: 'integer', default: 0 })
  replayAttempts!: number;

  @Column({ name: 'last_replay_error', type: 'text', nullable: true })
  lastReplayError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'replayed_at', type: 'timestamptz', nullable: true })
  replayedAt!: Date | null;
}
