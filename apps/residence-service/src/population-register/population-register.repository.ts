import { Injectable } from '@nestjs/common';
import { Database, insertRowsInTx } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { PinSex } from '../pin/domain/pin-prefix.util';
import type { PopulationSeed, RelationshipToHead } from './domain/population-seed.schema';
import { HouseholdEntity } from './household.entity';
import { ResidentEntity } from './resident.entity';

/** Number of rows in each register table. */
export interface RegisterCounts {
  readonly households: number;
  readonly residents: number;
}

/** A person entering the register without a permanent residence. */
export interface NewResident {
  readonly pin: string;
  readonly fullName: string;
  readonly sex: PinSex;
  /** `yyyy-mm-dd`. */
  readonly dateOfBirth: string;
}

/** Queries of the population register tables. */
@Injectable()
export class PopulationRegisterRepository {
  constructor(private readonly database: Database) {}

  /** A resident with their household of permanent residence, or null. */
  findResident(pin: string): Promise<ResidentEntity | null> {
    return this.database.manager.findOne(ResidentEntity, {
      where: { pin },
      relations: { household: true },
    });
  }

  /** A household with its members, head first, then by date of birth; or null. */
  async findHousehold(id: string): Promise<HouseholdEntity | null> {
    const household = await this.database.manager.findOne(HouseholdEntity, { where: { id } });
    if (!household) return null;
    household.members = await this.database.manager
      .createQueryBuilder(ResidentEntity, 'resident')
      .where('resident.household_id = :id', { id })
      .orderBy(`CASE WHEN resident.relationship_to_head = 'head' THEN 0 ELSE 1 END`)
      .addOrderBy('resident.date_of_birth')
      .addOrderBy('resident.pin')
      .getMany();
    return household;
  }

  /** A resident with their household of permanent residence, or null; in the caller's transaction. */
  findResidentInTx(pin: string, manager: EntityManager): Promise<ResidentEntity | null> {
    return manager.findOne(ResidentEntity, { where: { pin }, relations: { household: true } });
  }

  /**
   * Locks a resident's row until the caller's transaction ends (`FOR UPDATE`), so commands about
   * one person are applied one after the other. Returns whether the resident exists.
   */
  async lockResidentInTx(pin: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM resident WHERE pin = $1 FOR UPDATE`,
      [pin],
    );
    return rows.length > 0;
  }

  /** Records a person without a permanent residence (a newborn given a PIN), in the caller's transaction. */
  async insertResidentInTx(person: NewResident, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO resident (pin, full_name, sex, date_of_birth) VALUES ($1, $2, $3, $4)`,
      [person.pin, person.fullName, person.sex, person.dateOfBirth],
    );
  }

  /** Makes a resident a member of a household (their permanent residence), in the caller's transaction. */
  async setPermanentResidenceInTx(
    residence: { pin: string; householdId: string; relationshipToHead: RelationshipToHead },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE resident SET household_id = $2, relationship_to_head = $3 WHERE pin = $1`,
      [residence.pin, residence.householdId, residence.relationshipToHead],
    );
  }

  /**
   * Records a resident deceased on a date and deletes their permanent residence (they leave
   * their household, whose other members stay), in the caller's transaction.
   */
  async recordDeathInTx(
    death: { readonly pin: string; readonly dateOfDeath: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE resident
          SET status = 'deceased', date_of_death = $2, household_id = NULL,
              relationship_to_head = NULL
        WHERE pin = $1`,
      [death.pin, death.dateOfDeath],
    );
  }

  /** Records that a household's head died on a date, in the caller's transaction. */
  async recordHeadDeceasedInTx(
    head: { readonly householdId: string; readonly dateOfDeath: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`UPDATE household SET head_deceased_on = $2 WHERE id = $1`, [
      head.householdId,
      head.dateOfDeath,
    ]);
  }

  /** Row counts, in the caller's transaction. */
  async countInTx(manager: EntityManager): Promise<RegisterCounts> {
    const [row] = await manager.query<RegisterCounts[]>(
      `SELECT (SELECT count(*) FROM household)::int AS households,
              (SELECT count(*) FROM resident)::int AS residents`,
    );
    return row;
  }

  /** Inserts a whole validated seed, in the caller's transaction, with multi-row INSERTs. */
  async insertSeedInTx(seed: PopulationSeed, manager: EntityManager): Promise<void> {
    await insertRowsInTx(
      manager,
      'INSERT INTO household (id, province_code, commune_code, address)',
      seed.households.map((h) => [h.id, h.provinceCode, h.communeCode, h.address]),
    );
    const people = [
      ...seed.households.flatMap((h) =>
        h.members.map((m) => [m.pin, m.fullName, m.sex, m.dateOfBirth, h.id, m.relationshipToHead]),
      ),
      ...seed.residents.map((r) => [r.pin, r.fullName, r.sex, r.dateOfBirth, null, null]),
    ];
    await insertRowsInTx(
      manager,
      `INSERT INTO resident
         (pin, full_name, sex, date_of_birth, household_id, relationship_to_head)`,
      people,
    );
  }
}
