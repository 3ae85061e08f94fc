import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { Database, RegisterSeedLoader } from '@lienthong/persistence';
import { HealthRegistry, PLATFORM_LOGGER } from '@lienthong/platform';
import { BeneficiaryRegisterRepository } from './beneficiary-register.repository';
import type { BeneficiarySeed } from './domain/beneficiary-seed.schema';

/** Injection token of the seed, read and validated at boot (`readBeneficiarySeedFile`). */
export const BENEFICIARY_SEED = Symbol('BENEFICIARY_SEED');

/**
 * Loads the beneficiary seed into an empty register once, at first start (see
 * {@link RegisterSeedLoader}). Funeral support awaits `whenLoaded()`: a beneficiary not loaded
 * yet is not "not a beneficiary".
 */
@Injectable()
export class BeneficiaryRegisterLoader extends RegisterSeedLoader {
  constructor(
    @Inject(PLATFORM_LOGGER) logger: Logger,
    @Inject(BENEFICIARY_SEED) seed: BeneficiarySeed,
    database: Database,
    repository: BeneficiaryRegisterRepository,
    health: HealthRegistry,
  ) {
    super({
      name: 'beneficiary-register',
      logger,
      database,
      health,
      countInTx: async (manager) => ({ beneficiaries: await repository.countInTx(manager) }),
      insertSeedInTx: (manager) => repository.insertSeedInTx(seed, manager),
    });
  }
}
