import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { Database, RegisterSeedLoader } from '@lienthong/persistence';
import { HealthRegistry, PLATFORM_LOGGER } from '@lienthong/platform';
import type { InsuranceSeed } from './domain/insurance-seed.schema';
import { InsuranceRegisterRepository } from './insurance-register.repository';

/** Injection token of the seed, read and validated at boot (`readInsuranceSeedFile`). */
export const INSURANCE_SEED = Symbol('INSURANCE_SEED');

/**
 * Loads the insurance seed into an empty register once, at first start (see
 * {@link RegisterSeedLoader}). Benefits await `whenLoaded()`: a pensioner not loaded yet is not
 * "not in the register".
 */
@Injectable()
export class InsuranceRegisterLoader extends RegisterSeedLoader {
  constructor(
    @Inject(PLATFORM_LOGGER) logger: Logger,
    @Inject(INSURANCE_SEED) seed: InsuranceSeed,
    database: Database,
    repository: InsuranceRegisterRepository,
    health: HealthRegistry,
  ) {
    super({
      name: 'insurance-register',
      logger,
      database,
      health,
      countInTx: async (manager) => ({ insuredPeople: await repository.countInTx(manager) }),
      insertSeedInTx: (manager) => repository.insertSeedInTx(seed, manager),
    });
  }
}
