import { Injectable } from '@nestjs/common';
import { insertRowsInTx } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { InsuranceSeed } from './domain/insurance-seed.schema';
import { InsuredPersonEntity } from './insured-person.entity';

/** Queries of the social-insurance register; each joins the caller's transaction. */
@Injectable()
export class InsuranceRegisterRepository {
  /** The insured person with this PIN, or null, in the caller's transaction. */
  findByPinInTx(pin: string, manager: EntityManager): Promise<InsuredPersonEntity | null> {
    return manager.findOne(InsuredPersonEntity, { where: { pin } });
  }

  /** Number of people in the register, in the caller's transaction. */
  async countInTx(manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM insured_person`,
    );
    return row.count;
  }

  /** Inserts a whole validated seed, in the caller's transaction, with multi-row INSERTs. */
  async insertSeedInTx(seed: InsuranceSeed, manager: EntityManager): Promise<void> {
    await insertRowsInTx(
      manager,
      'INSERT INTO insured_person (pin, kind, contribution_months, since)',
      seed.participants.map((p) => [p.pin, p.kind, p.contributionMonths, p.since]),
    );
  }
}
