import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeathRegistrationStatus } from './domain/death-registration-status';

/** Sex of the deceased, as the contracts spell it. */
export type DeceasedSex = 'male' | 'female';

/**
 * One death in the death register (personal data: never logged, log `id` only). Created
 * `awaiting_particulars` when the command arrives; the deceased's particulars and the registration
 * number are filled in when the population register answers.
 * Date columns are `yyyy-mm-dd` strings (TypeORM maps `date` to strings: no time-zone shift).
 */
@Entity({ name: 'death_registration' })
export class DeathRegistrationEntity {
  /** Also the `requestId` of the particulars request sent to the population register. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  /** The dossier's step key, echoed in the outcome event. */
  @Column({ type: 'text' })
  step!: string;

  @Column({ type: 'text' })
  status!: DeathRegistrationStatus;

  @Column({ name: 'deceased_pin', type: 'char', length: 12 })
  deceasedPin!: string;

  /** From the population register, when registered. */
  @Column({ name: 'deceased_full_name', type: 'text', nullable: true })
  deceasedFullName!: string | null;

  @Column({ name: 'deceased_sex', type: 'text', nullable: true })
  deceasedSex!: DeceasedSex | null;

  @Column({ name: 'deceased_date_of_birth', type: 'date', nullable: true })
  deceasedDateOfBirth!: string | null;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;

  @Column({ name: 'place_of_death', type: 'text' })
  placeOfDeath!: string;

  @Column({ name: 'medical_death_certificate_no', type: 'text' })
  medicalDeathCertificateNo!: string;

  /** Who declared the death. */
  @Column({ name: 'applicant_pin', type: 'char', length: 12 })
  applicantPin!: string;

  /** The applicant's relationship to the deceased, as declared (e.g. `child`). */
  @Column({ name: 'applicant_relationship', type: 'text' })
  applicantRelationship!: string;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber!: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true })
  registeredAt!: Date | null;

  @Column({ name: 'rejection_code', type: 'text', nullable: true })
  rejectionCode!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
