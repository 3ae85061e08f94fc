import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BirthRegistrationStatus } from './domain/birth-registration-status';

/** Sex of the child, as the contracts spell it. */
export type ChildSex = 'male' | 'female';

/**
 * One birth in the birth register (personal data: never logged, log `id` only). Created
 * `awaiting_pin` when the command arrives; the parents' particulars, the child's PIN and the
 * registration number are filled in when the population register issues the PIN.
 * Date columns are `yyyy-mm-dd` strings (TypeORM maps `date` to strings: no time-zone shift).
 */
@Entity({ name: 'birth_registration' })
export class BirthRegistrationEntity {
  /** Also the `requestId` of the PIN request sent to the population register. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  /** The dossier's step key, echoed in the outcome event. */
  @Column({ type: 'text' })
  step!: string;

  @Column({ type: 'text' })
  status!: BirthRegistrationStatus;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'commune_code', type: 'char', length: 5 })
  communeCode!: string;

  @Column({ name: 'child_full_name', type: 'text' })
  childFullName!: string;

  /** `childNameKey(childFullName)`: what duplicates are compared on. */
  @Column({ name: 'child_name_key', type: 'text' })
  childNameKey!: string;

  @Column({ name: 'child_sex', type: 'text' })
  childSex!: ChildSex;

  @Column({ name: 'child_date_of_birth', type: 'date' })
  childDateOfBirth!: string;

  @Column({ name: 'child_place_of_birth', type: 'text' })
  childPlaceOfBirth!: string;

  @Column({ name: 'child_pin', type: 'char', length: 12, nullable: true })
  childPin!: string | null;

  @Column({ name: 'mother_pin', type: 'char', length: 12 })
  motherPin!: string;

  @Column({ name: 'mother_full_name', type: 'text', nullable: true })
  motherFullName!: string | null;

  @Column({ name: 'mother_date_of_birth', type: 'date', nullable: true })
  motherDateOfBirth!: string | null;

  @Column({ name: 'father_pin', type: 'char', length: 12, nullable: true })
  fatherPin!: string | null;

  @Column({ name: 'father_full_name', type: 'text', nullable: true })
  fatherFullName!: string | null;

  @Column({ name: 'father_date_of_birth', type: 'date', nullable: true })
  fatherDateOfBirth!: string | null;

  @Column({ name: 'medical_birth_certificate_no', type: 'text' })
  medicalBirthCertificateNo!: string;

  /** Who declared the birth. */
  @Column({ name: 'applicant_pin', type: 'char', length: 12 })
  applicantPin!: string;

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
