import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CallbackEffect } from './domain/decide-callback-effect.util';
import type { CallbackOutcome } from './domain/payment-status';

/** A provider callback accepted (signature valid, amounts agreeing), with what it did. */
@Entity({ name: 'payment_callback' })
export class PaymentCallbackEntity {
  @PrimaryColumn({ type: 'text' })
  provider!: string;

  /** The provider's id of this notification; a retried delivery carries the same. */
  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId!: string;

  @Column({ type: 'text' })
  outcome!: CallbackOutcome;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'text' })
  effect!: CallbackEffect;
}
