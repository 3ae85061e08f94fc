import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RelationshipToHead } from '../population-register/domain/population-seed.schema';

/**
 * The deletion of a deceased person's permanent residence (and their record as deceased): one per
 * person, so a re-sent or repeated command answers the same confirmation number. Keeps where they
 * resided, since the resident row no longer does.
 */
@Entity({ name: 'permanent_residence_deletion' })
export class PermanentResidenceDeletionEntity {
  @PrimaryColumn({ type: 'char', length: 12 })
  pin!: string;

  /** `XT-<province>-<year>-<sequence>`; unique. */
  @Column({ name: 'confirmation_number', type: 'text', unique: true })
  confirmationNumber!: string;

  /** The household left, or null when the person had no permanent residence. */
  @Column({ name: 'household_id', type: 'text', nullable: true })
  householdId!: string | null;

  @Column({ name: 'relationship_to_head', type: 'text', nullable: true })
  relationshipToHead!: RelationshipToHead | null;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'death_registration_number', type: 'text' })
  deathRegistrationNumber!: string;

  @Column({ name: 'deleted_at', type: 'timestamptz', default: () => 'now()' })
  deletedAt!: Date;
}
