import { Injectable } from '@nestjs/common';
import { Database, insertRowsInTx } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import { BeneficiaryEntity } from './beneficiary.entity';
import type { BeneficiarySeed } from './domain/beneficiary-seed.schema';

/** Queries of the beneficiary register. */
@Injectable()
export class BeneficiaryRegisterRepository {
  constructor(private readonly database: Database) {}

  /** The beneficiary with this PIN, or null. */
  findBeneficiary(pin: string): Promise<BeneficiaryEntity | null> {
    return this.findBeneficiaryInTx(pin, this.database.manager);
  }

  /** The beneficiary with this PIN, or null, in the caller's transaction. */
  findBeneficiaryInTx(pin: string, manager: EntityManager): Promise<BeneficiaryEntity | null> {
    return manager.findOne(BeneficiaryEntity, { where: { pin } });
  }

  /** Number of beneficiaries, in the caller's transaction. */
  async countInTx(manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ beneficiaries: number }[]>(
      `SELECT count(*)::int AS beneficiaries FROM beneficiary`,
    );
    return row.beneficiaries;
  }

  /** Inserts a whole validated seed, in the caller's transaction, with multi-row INSERTs. */
  async insertSeedInTx(seed: BeneficiarySeed, manager: EntityManager): Promise<void> {
    await insertRowsInTx(
      manager,
      'INSERT INTO beneficiary (pin, since)',
      seed.beneficiaries.map((beneficiary) => [beneficiary.pin, beneficiary.since]),
    );
  }
}
