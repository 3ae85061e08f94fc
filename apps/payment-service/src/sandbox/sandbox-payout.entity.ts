import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PayoutFailureCode } from '../payout/domain/payout-status';

/** Where a payout stands at the sandbox gateway. */
export type SandboxPayoutStatus = 'open' | 'succeeded' | 'declined';

/**
 * A payout (transfer to a citizen's account) as the sandbox gateway knows it, keyed by the
 * merchant's (our) payout id. The account is not kept: the sandbox's only use of it, the
 * invalid-account rule, is applied when the payout is submitted.
 */
@Entity({ name: 'sandbox_payout' })
export class SandboxPayoutEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The gateway's own id of the transfer. */
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
  status!: SandboxPayoutStatus;

  /** Why it was declined. */
  @Column({ name: 'failure_code', type: 'text', nullable: true })
  failureCode!: PayoutFailureCode | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
