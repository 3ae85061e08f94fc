import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One event a consumer group has applied. Inserted in the same transaction as the handler's effects,
 * so a redelivered or replayed event finds its row and changes nothing.
 */
@Entity({ name: 'inbox_message' })
export class InboxMessageEntity {
  @PrimaryColumn({ name: 'consumer_group', type: 'text' })
  consumerGroup!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
