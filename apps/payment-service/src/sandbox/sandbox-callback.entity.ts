import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A callback (webhook) the sandbox gateway delivers to the merchant, retried until a 2xx. */
@Entity({ name: 'sandbox_callback' })
export class SandboxCallbackEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  /** The payment it is about; null for a payout's callback. */
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  /** The payout it is about; null for a payment's callback. */
  @Column({ name: 'payout_id', type: 'uuid', nullable: true })
  payoutId!: string | null;

  /** The JSON bytes sent at every attempt. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'deliver_after', type: 'timestamptz' })
  deliverAfter!: Date;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'abandoned_at', type: 'timestamptz', nullable: true })
  abandonedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
