import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { PopulationSeed } from './domain/population-seed.schema';
import { HouseholdEntity } from './household.entity';
import { ResidentEntity } from './resident.entity';

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters (7 columns x 1,000). */
const BATCH_ROWS = 1000;

/** `($1, $2), ($3, $4)` for `rows` rows of `columns` parameters. */
function valuesPlaceholders(rows: number, columns: number): string {
  const tuples: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    const params: string[] = [];
    for (let column = 1; column <= columns; column += 1) {
      params.push(`$${row * columns + column}`);
    }
    tuples.push(`(${params.join(', ')})`);
  }
  return tuples.join(', ');
}

/** Multi-row INSERTs of `rows`, `BATCH_ROWS` at a time. */
async function insertBatched(
  manager: EntityManager,
  head: string,
  columns: number,
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    await manager.query(
      `${head} VALUES ${valuesPlaceholders(batch.length, columns)}`,
      batch.flat(),
    );
  }
}

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
    await insertBatched(
      manager,
      'INSERT INTO household (id, province_code, commune_code, address)',
      4,
      seed.households.map((h) => [h.id, h.provinceCode, h.communeCode, h.address]),
    );
    const people = [
      ...seed.households.flatMap((h) =>
        h.members.map((m) => [m.pin, m.fullName, m.sex, m.dateOfBirth, h.id, m.relationshipToHead]),
      ),
      ...seed.residents.map((r) => [r.pin, r.fullName, r.sex, r.dateOfBirth, null, null]),
    ];
    await insertBatched(
      manager,
      `INSERT INTO resident
         (pin, full_name, sex, date_of_birth, household_id, relationship_to_head)`,
      6,
      people,
    );
  }
}
