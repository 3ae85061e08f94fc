import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { NOTIFICATION_SERVICE } from './config/notification-service.config';

/**
 * notification-service: citizen inbox, e-mail and SMS, signed webhooks for integrators.
 * Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: NOTIFICATION_SERVICE.serviceName }),
    ...serviceInfrastructure({ serviceName: NOTIFICATION_SERVICE.serviceName }),
  ],
})
export class AppModule {}
