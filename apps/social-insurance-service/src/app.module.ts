import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { SOCIAL_INSURANCE_SERVICE } from './config/social-insurance-service.config';
import {
  HEALTH_INSURANCE_CARD_ENTITIES,
  HEALTH_INSURANCE_CARD_MIGRATIONS,
  HealthInsuranceCardModule,
} from './health-insurance-card/health-insurance-card.module';

/**
 * social-insurance-service: Social Insurance: child health-insurance cards, funeral allowance.
 * Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: SOCIAL_INSURANCE_SERVICE.serviceName }),
    ...serviceInfrastructure({
      serviceName: SOCIAL_INSURANCE_SERVICE.serviceName,
      entities: HEALTH_INSURANCE_CARD_ENTITIES,
      migrations: HEALTH_INSURANCE_CARD_MIGRATIONS,
    }),
    HealthInsuranceCardModule,
  ],
})
export class AppModule {}
