import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { PAYMENT_SERVICE } from './config/payment-service.config';

/**
 * payment-service: treasury and payment gateway: fees, benefits, callbacks, refunds.
 * Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: PAYMENT_SERVICE.serviceName }),
    ...serviceInfrastructure({ serviceName: PAYMENT_SERVICE.serviceName }),
  ],
})
export class AppModule {}
