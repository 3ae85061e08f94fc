import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FuneralAllowanceRefusalCode } from './domain/funeral-allowance-refusal.util';
import type { FuneralAllowanceStatus } from './domain/funeral-allowance-status';

/**
 * The funeral allowance decision of one dossier step: refused (not applicable), or granted and
 * then paid or not. Unique per dossier step; at most one granted (awaiting payout or paid) per
 * deceased person.
 */
@Entity({ name: 'funeral_allowance' })
export class FuneralAllowanceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'text' })
  step!: string;

  @Column({ name: 'deceased_pin', type: 'char', length: 12 })
  deceasedPin!: string;

  /** `yyyy-mm-dd`. */
  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;

  @Column({ type: 'text' })
  status!: FuneralAllowanceStatus;

  /** Why not applicable; null once granted. */
  @Column({ name: 'refusal_code', type: 'text', nullable: true })
  refusalCode!: FuneralAllowanceRefusalCode | null;

  /** Whole VND; null when not applicable. */
  @Column({ type: 'integer', nullable: true })
  amount!: number | null;

  @Column({ type: 'text', nullable: true })
  currency!: 'VND' | null;

  /** The reference level applied (whole VND per month), for the record. */
  @Column({ name: 'reference_level', type: 'integer', nullable: true })
  referenceLevel!: number | null;

  @Column({ name: 'reference_level_multiple', type: 'integer', nullable: true })
  referenceLevelMultiple!: number | null;

  /** payment-service's payout, once it answered. */
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  /** payment-service's code when the payout failed. */
  @Column({ name: 'payout_failure_code', type: 'text', nullable: true })
  payoutFailureCode!: string | null;

  /** The reason the family was given when not applicable or when the payout failed. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  /** When payment-service's answer settled a granted allowance. */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;
}
