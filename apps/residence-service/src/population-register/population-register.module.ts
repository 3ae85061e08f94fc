import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import { ResidenceServiceConfig, seedFilePath } from '../config/residence-service.config';
import { HouseholdEntity } from './household.entity';
import { PopulationRegister1764100000000 } from './migrations/1764100000000-population-register';
import { DateOfDeath1764300000000 } from './migrations/1764300000000-date-of-death';
import { PopulationRegisterController } from './population-register.controller';
import { POPULATION_SEED, PopulationRegisterLoader } from './population-register.loader';
import { PopulationRegisterRepository } from './population-register.repository';
import { PopulationRegisterService } from './population-register.service';
import { readPopulationSeedFile } from './population-seed.file';
import { ResidentEntity } from './resident.entity';

/** Tables of the population register, for `serviceInfrastructure`. */
export const POPULATION_REGISTER_ENTITIES = [HouseholdEntity, ResidentEntity];
/** Migrations of the population register, for `serviceInfrastructure`. */
export const POPULATION_REGISTER_MIGRATIONS = [
  PopulationRegister1764100000000,
  DateOfDeath1764300000000,
];

/**
 * The Police's national population register: residents, households, permanent residence. Its
 * seed file is read and validated while the application is created, so an invalid file stops
 * the service before it listens.
 */
@Module({
  controllers: [PopulationRegisterController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    {
      provide: POPULATION_SEED,
      inject: [ResidenceServiceConfig, Clock],
      useFactory: (config: ResidenceServiceConfig, clock: Clock) =>
        readPopulationSeedFile(seedFilePath(config), clock.today()),
    },
    PopulationRegisterRepository,
    PopulationRegisterService,
    PopulationRegisterLoader,
  ],
  // The PIN, permanent-residence, particulars and deletion modules read and write residents in
  // their own transactions, once the register is loaded.
  exports: [PopulationRegisterRepository, PopulationRegisterLoader],
})
export class PopulationRegisterModule {}
