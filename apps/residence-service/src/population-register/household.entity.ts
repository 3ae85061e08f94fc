import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { ResidentEntity } from './resident.entity';

/** A household (hộ khẩu): the permanent residence of its members. */
@Entity({ name: 'household' })
export class HouseholdEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'province_code', type: 'char', length: 3 })
  provinceCode!: string;

  @Column({ name: 'commune_code', type: 'char', length: 5 })
  communeCode!: string;

  @Column({ type: 'text' })
  address!: string;

  /**
   * `yyyy-mm-dd`: the head died on this day and their permanent residence was deleted, so the
   * household has no head member until one is chosen (another procedure). Null while it has one.
   */
  @Column({ name: 'head_deceased_on', type: 'date', nullable: true })
  headDeceasedOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @OneToMany(() => ResidentEntity, (resident) => resident.household)
  members?: ResidentEntity[];
}
