import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { SOCIAL_PROTECTION_SERVICE } from './config/social-protection-service.config';

/**
 * social-protection-service: social protection: social-assistance beneficiaries, funeral-expense
 * support. Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: SOCIAL_PROTECTION_SERVICE.serviceName }),
    ...serviceInfrastructure({ serviceName: SOCIAL_PROTECTION_SERVICE.serviceName }),
  ],
})
export class AppModule {}
