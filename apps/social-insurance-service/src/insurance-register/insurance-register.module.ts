import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import {
  SocialInsuranceServiceConfig,
  seedFilePath,
} from '../config/social-insurance-service.config';
import { INSURANCE_SEED, InsuranceRegisterLoader } from './insurance-register.loader';
import { InsuranceRegisterRepository } from './insurance-register.repository';
import { readInsuranceSeedFile } from './insurance-seed.file';
import { InsuredPersonEntity } from './insured-person.entity';
import { InsuranceRegister1764300000000 } from './migrations/1764300000000-insurance-register';

/** Tables of the insurance register, for `serviceInfrastructure`. */
export const INSURANCE_REGISTER_ENTITIES = [InsuredPersonEntity];
/** Migrations of the insurance register, for `serviceInfrastructure`. */
export const INSURANCE_REGISTER_MIGRATIONS = [InsuranceRegister1764300000000];

/**
 * Social Insurance's register of insured people (participants and pensioners), seeded at first
 * start. Its seed file is read and validated while the application is created, so an invalid
 * file stops the service before it listens.
 */
@Module({
  providers: [
    { provide: Clock, useClass: SystemClock },
    {
      provide: INSURANCE_SEED,
      inject: [SocialInsuranceServiceConfig, Clock],
      useFactory: (config: SocialInsuranceServiceConfig, clock: Clock) =>
        readInsuranceSeedFile(seedFilePath(config), clock.today()),
    },
    InsuranceRegisterRepository,
    InsuranceRegisterLoader,
  ],
  // Benefits read the register in their own transactions, once it is loaded.
  exports: [InsuranceRegisterRepository, InsuranceRegisterLoader],
})
export class InsuranceRegisterModule {}
