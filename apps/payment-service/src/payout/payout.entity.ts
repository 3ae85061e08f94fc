import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PayoutFailureCode, PayoutStatus } from './domain/payout-status';

/** bigint columns come back from pg as strings; amounts of VND fit a JS number exactly. */
const bigintAsNumber = {
  to: (value: number): number => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/**
 * A benefit paid to a citizen's bank account for one dossier step, on an agency's behalf. Of the
 * payee only what the payout's page shows is kept: the bank and the masked account number.
 */
@Entity({ name: 'payout' })
export class PayoutEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'text' })
  step!: string;

  /** The paying agency (service name), which the outcome is answered to. */
  @Column({ type: 'text' })
  agency!: string;

  /** What is paid, e.g. `funeral-allowance`. */
  @Column({ type: 'text' })
  benefit!: string;

  @Column({ type: 'text' })
  description!: string;

  /** Whole VND. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount!: number;

  @Column({ type: 'char', length: 3 })
  currency!: 'VND';

  /** NAPAS bank code of the payee's account. */
  @Column({ name: 'payee_bank_code', type: 'text' })
  payeeBankCode!: string;

  /** The payee's account number with all but the last 4 digits masked. */
  @Column({ name: 'payee_account_masked', type: 'text' })
  payeeAccountMasked!: string;

  @Column({ type: 'text' })
  status!: PayoutStatus;

  /** The provider's name (`sandbox`). */
  @Column({ type: 'text' })
  provider!: string;

  /** The provider's own id of the transfer. */
  @Column({ name: 'provider_reference', type: 'text', nullable: true })
  providerReference!: string | null;

  /** The dossier flow's correlation id, carried by every event about this payout. */
  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  /** The PayBenefit event that asked for the payout (causation of its outcome event). */
  @Column({ name: 'pay_event_id', type: 'uuid' })
  payEventId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the provider reported the transfer made. */
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  /** When the provider reported the transfer refused. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ name: 'failure_code', type: 'text', nullable: true })
  failureCode!: PayoutFailureCode | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;
}
