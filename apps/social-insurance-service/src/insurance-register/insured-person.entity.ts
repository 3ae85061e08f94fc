import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InsuredKind } from './domain/insurance-seed.schema';

/** A person in the social-insurance register, keyed by PIN (the PIN replaced the insurance number). */
@Entity({ name: 'insured_person' })
export class InsuredPersonEntity {
  @PrimaryColumn({ type: 'char', length: 12 })
  pin!: string;

  @Column({ type: 'text' })
  kind!: InsuredKind;

  /** Months of compulsory contributions on record. */
  @Column({ name: 'contribution_months', type: 'integer' })
  contributionMonths!: number;

  /** `yyyy-mm-dd`: first contribution (participant) or first pension payment (pensioner). */
  @Column({ type: 'date' })
  since!: string;
}
