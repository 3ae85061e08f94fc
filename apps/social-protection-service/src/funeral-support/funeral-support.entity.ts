import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';
import type { FuneralSupportStatus } from './domain/funeral-support-status';

/** `bigint` columns come back from pg as strings; amounts are whole VND, well within 2^53. */
const WHOLE_VND: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * The funeral-support decision of one dossier (personal data: log `id` and `dossierId` only).
 * Created when the command is handled, `not_applicable` or `awaiting_payout`; a payout's result
 * settles the latter as `paid` or `failed`. Dates are `yyyy-mm-dd` strings.
 */
@Entity({ name: 'funeral_support' })
export class FuneralSupportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** At most one decision per dossier (the command's contract). */
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  /** The dossier's step key: echoed in outcomes, and what payout results are matched on. */
  @Column({ type: 'text' })
  step!: string;

  @Column({ type: 'text' })
  status!: FuneralSupportStatus;

  @Column({ name: 'deceased_pin', type: 'char', length: 12 })
  deceasedPin!: string;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;

  /** Who the support is paid to: the applicant. */
  @Column({ name: 'payee_pin', type: 'char', length: 12 })
  payeePin!: string;

  /** The support due, whole VND; null when the deceased was not a beneficiary. */
  @Column({ type: 'bigint', nullable: true, transformer: WHOLE_VND })
  amount!: number | null;

  /** The funeral allowance the command said was paid for the same death, if any. */
  @Column({
    name: 'other_funeral_benefit_paid',
    type: 'bigint',
    nullable: true,
    transformer: WHOLE_VND,
  })
  otherFuneralBenefitPaid!: number | null;

  /** payment-service's payment, once it answered. */
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  /** Why not paid (`not_applicable`, `failed`): the contract's code and the citizen's reason. */
  @Column({ type: 'text', nullable: true })
  code!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  /** When the payout's result arrived. */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;
}
