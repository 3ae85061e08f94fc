import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { SOCIAL_INSURANCE_SERVICE } from './config/social-insurance-service.config';
import {
  FUNERAL_ALLOWANCE_ENTITIES,
  FUNERAL_ALLOWANCE_MIGRATIONS,
  FuneralAllowanceModule,
} from './funeral-allowance/funeral-allowance.module';
import {
  HEALTH_INSURANCE_CARD_ENTITIES,
  HEALTH_INSURANCE_CARD_MIGRATIONS,
  HealthInsuranceCardModule,
} from './health-insurance-card/health-insurance-card.module';
import {
  INSURANCE_REGISTER_ENTITIES,
  INSURANCE_REGISTER_MIGRATIONS,
  InsuranceRegisterModule,
} from './insurance-register/insurance-register.module';

/**
 * social-insurance-service: Social Insurance: child health-insurance cards, the register of
 * insured people, funeral allowance. Its database and messaging kit come from
 * `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: SOCIAL_INSURANCE_SERVICE.serviceName }),
    ...serviceInfrastructure({
      serviceName: SOCIAL_INSURANCE_SERVICE.serviceName,
      entities: [
        ...HEALTH_INSURANCE_CARD_ENTITIES,
        ...INSURANCE_REGISTER_ENTITIES,
        ...FUNERAL_ALLOWANCE_ENTITIES,
      ],
      migrations: [
        ...HEALTH_INSURANCE_CARD_MIGRATIONS,
        ...INSURANCE_REGISTER_MIGRATIONS,
        ...FUNERAL_ALLOWANCE_MIGRATIONS,
      ],
    }),
    HealthInsuranceCardModule,
    InsuranceRegisterModule,
    FuneralAllowanceModule,
  ],
})
export class AppModule {}
