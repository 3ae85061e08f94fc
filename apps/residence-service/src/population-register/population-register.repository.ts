import { Injectable } from '@nestjs/common';
import { Database, insertRowsInTx } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { PopulationSeed } from './domain/population-seed.schema';
import { HouseholdEntity } from './household.entity';
import { ResidentEntity } from './resident.entity';

/** Number of rows in each register table. */
export interface RegisterCounts {
  readonly households: number;
  readonly residents: number;
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
