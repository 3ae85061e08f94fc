import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A monthly social-assistance beneficiary, keyed by PIN (personal data: never logged). */
@Entity({ name: 'beneficiary' })
export class BeneficiaryEntity {
  @PrimaryColumn({ type: 'char', length: 12 })
  pin!: string;

  /** `yyyy-mm-dd` the monthly assistance began; pg returns `date` columns as strings here. */
  @Column({ type: 'date' })
  since!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
