import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which parent's permanent residence a child takes. */
export type ResidenceParent = 'mother' | 'father';

/** A child's permanent residence, registered at a parent's household. */
@Entity({ name: 'permanent_residence_registration' })
export class PermanentResidenceRegistrationEntity {
  /** One registration per child. */
  @PrimaryColumn({ name: 'child_pin', type: 'char', length: 12 })
  childPin!: string;

  @Column({ name: 'household_id', type: 'text' })
  householdId!: string;

  /** `TT-<province>-<year>-<sequence>`; unique. */
  @Column({ name: 'confirmation_number', type: 'text', unique: true })
  confirmationNumber!: string;

  @Column({ name: 'with_parent', type: 'text' })
  withParent!: ResidenceParent;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'birth_registration_number', type: 'text' })
  birthRegistrationNumber!: string;

  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt!: Date;
}
