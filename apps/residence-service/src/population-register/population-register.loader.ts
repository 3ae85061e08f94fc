import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { Database, RegisterSeedLoader } from '@lienthong/persistence';
import { HealthRegistry, PLATFORM_LOGGER } from '@lienthong/platform';
import type { PopulationSeed } from './domain/population-seed.schema';
import { PopulationRegisterRepository } from './population-register.repository';

/** Injection token of the seed, read and validated at boot (`readPopulationSeedFile`). */
export const POPULATION_SEED = Symbol('POPULATION_SEED');

/**
 * Loads the population seed into an empty register once, at first start (see
 * {@link RegisterSeedLoader}). PIN issuance, permanent residence and particulars await
 * `whenLoaded()`: a parent not loaded yet is not unknown.
 */
@Injectable()
export class PopulationRegisterLoader extends RegisterSeedLoader {
  constructor(
    @Inject(PLATFORM_LOGGER) logger: Logger,
    @Inject(POPULATION_SEED) seed: PopulationSeed,
    database: Database,
    repository: PopulationRegisterRepository,
    health: HealthRegistry,
  ) {
    super({
      name: 'population-register',
      logger,
      database,
      health,
      // Copied: an interface has no index signature, so is not a Record by itself.
      countInTx: async (manager) => ({ ...(await repository.countInTx(manager)) }),
      insertSeedInTx: (manager) => repository.insertSeedInTx(seed, manager),
    });
  }
}
