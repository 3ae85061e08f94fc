import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import {
  SocialProtectionServiceConfig,
  seedFilePath,
} from '../config/social-protection-service.config';
import { BeneficiaryRegisterController } from './beneficiary-register.controller';
import { BENEFICIARY_SEED, BeneficiaryRegisterLoader } from './beneficiary-register.loader';
import { BeneficiaryRegisterRepository } from './beneficiary-register.repository';
import { BeneficiaryRegisterService } from './beneficiary-register.service';
import { readBeneficiarySeedFile } from './beneficiary-seed.file';
import { BeneficiaryEntity } from './beneficiary.entity';
import { BeneficiaryRegister1764400000000 } from './migrations/1764400000000-beneficiary-register';

/** Tables of the beneficiary register, for `serviceInfrastructure`. */
export const BENEFICIARY_REGISTER_ENTITIES = [BeneficiaryEntity];
/** Migrations of the beneficiary register, for `serviceInfrastructure`. */
export const BENEFICIARY_REGISTER_MIGRATIONS = [BeneficiaryRegister1764400000000];

/**
 * The register of monthly social-assistance beneficiaries. Its seed file is read and validated
 * while the application is created, so an invalid file stops the service before it listens.
 */
@Module({
  controllers: [BeneficiaryRegisterController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    {
      provide: BENEFICIARY_SEED,
      inject: [SocialProtectionServiceConfig, Clock],
      useFactory: (config: SocialProtectionServiceConfig, clock: Clock) =>
        readBeneficiarySeedFile(seedFilePath(config), clock.today()),
    },
    BeneficiaryRegisterRepository,
    BeneficiaryRegisterService,
    BeneficiaryRegisterLoader,
  ],
  // Funeral support reads the register in its own transactions, once it is loaded.
  exports: [BeneficiaryRegisterRepository, BeneficiaryRegisterLoader],
})
export class BeneficiaryRegisterModule {}
