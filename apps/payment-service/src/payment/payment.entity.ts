import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PaymentStatus } from './domain/payment-status';

/** bigint columns come back from pg as strings; amounts of VND fit a JS number exactly. */
const bigintAsNumber = {
  to: (value: number): number => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/** A fee payment of one dossier step, opened with a provider. */
@Entity({ name: 'payment' })
export class PaymentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'text' })
  step!: string;

  @Column({ type: 'text' })
  procedure!: string;

  @Column({ type: 'text' })
  description!: string;

  /** Whole VND. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount!: number;

  @Column({ type: 'char', length: 3 })
  currency!: 'VND';

  @Column({ type: 'text' })
  status!: PaymentStatus;

  /** The provider's name (`sandbox`). */
  @Column({ type: 'text' })
  provider!: string;

  /** The provider's own id of the payment, when it gives one. */
  @Column({ name: 'provider_reference', type: 'text', nullable: true })
  providerReference!: string | null;

  /** The dossier flow's correlation id, carried by every event about this payment. */
  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  /** The CollectFee event that opened the payment (causation of events emitted later). */
  @Column({ name: 'collect_event_id', type: 'uuid' })
  collectEventId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** When the provider took the money (also for a late payment, refunded at once). */
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  /** When it was declined, expired or cancelled. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'refund_id', type: 'text', nullable: true })
  refundId!: string | null;

  @Column({ name: 'refunded_at', type: 'timestamptz', nullable: true })
  refundedAt!: Date | null;

  @Column({ name: 'refund_reason', type: 'text', nullable: true })
  refundReason!: string | null;
}
