import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import {
  BENEFICIARY_REGISTER_ENTITIES,
  BENEFICIARY_REGISTER_MIGRATIONS,
  BeneficiaryRegisterModule,
} from './beneficiary-register/beneficiary-register.module';
import { SOCIAL_PROTECTION_SERVICE } from './config/social-protection-service.config';
import {
  FUNERAL_SUPPORT_ENTITIES,
  FUNERAL_SUPPORT_MIGRATIONS,
  FuneralSupportModule,
} from './funeral-support/funeral-support.module';

/**
 * social-protection-service: social protection: the register of monthly social-assistance
 * beneficiaries, funeral-expense support. Its database and messaging kit come from
 * `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: SOCIAL_PROTECTION_SERVICE.serviceName }),
    ...serviceInfrastructure({
      serviceName: SOCIAL_PROTECTION_SERVICE.serviceName,
      entities: [...BENEFICIARY_REGISTER_ENTITIES, ...FUNERAL_SUPPORT_ENTITIES],
      migrations: [...BENEFICIARY_REGISTER_MIGRATIONS, ...FUNERAL_SUPPORT_MIGRATIONS],
    }),
    BeneficiaryRegisterModule,
    FuneralSupportModule,
  ],
})
export class AppModule {}
