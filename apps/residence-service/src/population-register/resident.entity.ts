import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PinSex } from '../pin/domain/pin-prefix.util';
import type { RelationshipToHead, ResidentStatus } from './domain/population-seed.schema';
import { HouseholdEntity } from './household.entity';

/** A person in the national population register, keyed by PIN. */
@Entity({ name: 'resident' })
export class ResidentEntity {
  @PrimaryColumn({ type: 'char', length: 12 })
  pin!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  sex!: PinSex;

  /** `yyyy-mm-dd`; pg returns `date` columns as strings here (no time-zone shift). */
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** The household of permanent residence, or null (none registered). */
  @Column({ name: 'household_id', type: 'text', nullable: true })
  householdId!: string | null;

  @ManyToOne(() => HouseholdEntity, (household) => household.members, { nullable: true })
  @JoinColumn({ name: 'household_id' })
  household?: HouseholdEntity | null;

  /** Set exactly when `householdId` is. */
  @Column({ name: 'relationship_to_head', type: 'text', nullable: true })
  relationshipToHead!: RelationshipToHead | null;

  @Column({ type: 'text', default: 'alive' })
  status!: ResidentStatus;

  /** `yyyy-mm-dd`, from the death registration; null while alive (and for a death not dated). */
  @Column({ name: 'date_of_death', type: 'date', nullable: true })
  dateOfDeath!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
