import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CallbackOutcome } from '../payment/domain/payment-status';
import type { PayoutCallbackEffect } from './domain/decide-payout-callback-effect.util';
import type { PayoutFailureCode } from './domain/payout-status';

/** A provider callback about a payout, accepted (signature valid, amounts agreeing), with what it did. */
@Entity({ name: 'payout_callback' })
export class PayoutCallbackEntity {
  @PrimaryColumn({ type: 'text' })
  provider!: string;

  /** The provider's id of this notification; a retried delivery carries the same. */
  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'payout_id', type: 'uuid' })
  payoutId!: string;

  @Column({ type: 'text' })
  outcome!: CallbackOutcome;

  @Column({ name: 'failure_code', type: 'text', nullable: true })
  failureCode!: PayoutFailureCode | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'text' })
  effect!: PayoutCallbackEffect;
}
