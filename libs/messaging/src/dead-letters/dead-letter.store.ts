import { deadLetterTopic, MessageDeadLetteredV1, type ServiceName } from '@lienthong/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Outbox } from '../outbox/outbox';
import { newEvent } from '../outbox/new-event';
import type { DeadLetterReason } from './dead-letter.types';

/**
 * PostgreSQL text and jsonb cannot hold U+0000; a message carrying one must still be set aside,
 * or it would be redelivered forever. It is kept visibly escaped.
 */
export function storableText(value: string): string {
  return value.replace(/\u0000/g, '\\u0000');
}

/** Where a message came from and what it was, exactly as received. */
export interface ReceivedMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
  /** Broker append time, epoch milliseconds as a string (kafkajs's form). */
  readonly timestamp: string;
}

export interface NewDeadLetter {
  readonly consumerGroup: string;
  readonly message: ReceivedMessage;
  readonly reason: DeadLetterReason;
  readonly error: string;
  readonly attempts: number;
  readonly eventId: string | null;
  readonly eventType: string | null;
  readonly correlationId: string | null;
}

/**
 * Records dead letters: the row operators list and replay, and the event on the service's
 * dead-letter topic, in one transaction.
 */
export class DeadLetterStore {
  constructor(
    private readonly serviceName: ServiceName,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Idempotent per (group, topic, partition, offset): a message redelivered after its dead letter
   * was written is not set aside twice. Returns the dead letter's id, new or existing.
   */
  async recordInTx(letter: NewDeadLetter, manager: EntityManager): Promise<string> {
    const { message } = letter;
    const id = randomUUID();
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO dead_letter (id, consumer_group, topic, partition, kafka_offset, message_key, event_id,
         event_type, reason, error, attempts, original_message, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'pending')
       ON CONFLICT (consumer_group, topic, partition, kafka_offset) DO NOTHING RETURNING id`,
      [
        id,
        letter.consumerGroup,
        message.topic,
        message.partition,
        message.offset,
        message.key === null ? null : storableText(message.key),
        letter.eventId === null ? null : storableText(letter.eventId),
        letter.eventType === null ? null : storableText(letter.eventType),
        letter.reason,
        storableText(letter.error),
        letter.attempts,
        storableText(message.value ?? ''),
      ],
    );
    if (inserted.length === 0) {
      const [existing]: { id: string }[] = await manager.query(
        `SELECT id FROM dead_letter WHERE consumer_group = $1 AND topic = $2 AND partition = $3 AND kafka_offset = $4`,
        [letter.consumerGroup, message.topic, message.partition, message.offset],
      );
      return existing.id;
    }
    const event = newEvent(MessageDeadLetteredV1, {
      subject: message.key ? storableText(message.key) : id,
      source: this.serviceName,
      correlationId: letter.correlationId ?? id,
      ...(letter.eventId ? { causationId: letter.eventId } : {}),
      data: {
        deadLetterId: id,
        consumer: letter.consumerGroup,
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        key: message.key === null ? null : storableText(message.key),
        reason: letter.reason,
        error: storableText(letter.error),
        attempts: letter.attempts,
        originalEventId: letter.eventId === null ? null : storableText(letter.eventId),
        originalEventType: letter.eventType === null ? null : storableText(letter.eventType),
        originalMessage: storableText(message.value ?? ''),
      },
    });
    await this.outbox.enqueueInTx([{ topic: deadLetterTopic(this.serviceName), event }], manager);
    return id;
  }
}
