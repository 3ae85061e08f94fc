import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a payment stands at the sandbox gateway. */
export type SandboxPaymentStatus = 'open' | 'succeeded' | 'declined' | 'cancelled' | 'refunded';

/** A payment as the sandbox gateway knows it, keyed by the merchant's (our) payment id. */
@Entity({ name: 'sandbox_payment' })
export class SandboxPaymentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The gateway's own id of the payment. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({
    type: 'bigint',
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  amount!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  status!: SandboxPaymentStatus;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'refund_id', type: 'text', nullable: true })
  refundId!: string | null;

  @Column({ name: 'refunded_at', type: 'timestamptz', nullable: true })
  refundedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
