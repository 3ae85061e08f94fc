import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A health-insurance card, keyed by its number. For a child's card the number is the child's PIN,
 * so the primary key is also the "one card per child" guarantee.
 */
@Entity({ name: 'health_insurance_card' })
export class HealthInsuranceCardEntity {
  @PrimaryColumn({ name: 'card_number', type: 'char', length: 12 })
  cardNumber!: string;

  @Column({ name: 'holder_full_name', type: 'text' })
  holderFullName!: string;

  @Column({ name: 'holder_sex', type: 'text' })
  holderSex!: 'male' | 'female';

  /** `yyyy-mm-dd`; pg returns `date` columns as strings here (no time-zone shift). */
  @Column({ name: 'holder_date_of_birth', type: 'date' })
  holderDateOfBirth!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ name: 'benefit_level', type: 'smallint' })
  benefitLevel!: number;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo!: string;

  /** The dossier whose command issued the card (later dossiers for the same child reuse it). */
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
