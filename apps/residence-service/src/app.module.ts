import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { RESIDENCE_SERVICE } from './config/residence-service.config';

/**
 * residence-service: Police: residents, households, PINs, permanent residence.
 * Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: RESIDENCE_SERVICE.serviceName }),
    ...serviceInfrastructure({ serviceName: RESIDENCE_SERVICE.serviceName }),
  ],
})
export class AppModule {}
