import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { PAYMENT_SERVICE } from './config/payment-service.config';
import { PAYMENT_ENTITIES, PAYMENT_MIGRATIONS, PaymentModule } from './payment/payment.module';
import { PAYOUT_ENTITIES, PAYOUT_MIGRATIONS } from './payout/payout.module';
import { SANDBOX_ENTITIES, SANDBOX_MIGRATIONS } from './sandbox/sandbox.module';

/**
 * payment-service: treasury and payment gateway: fees owed by citizens for dossier steps,
 * collected through a provider (the built-in sandbox gateway for now), callbacks, refunds; and
 * benefits paid to citizens on agencies' behalf (payouts) through the same provider.
 * Its database and messaging kit come from `serviceInfrastructure`.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: PAYMENT_SERVICE.serviceName }),
    ...serviceInfrastructure({
      serviceName: PAYMENT_SERVICE.serviceName,
      entities: [...PAYMENT_ENTITIES, ...PAYOUT_ENTITIES, ...SANDBOX_ENTITIES],
      migrations: [...PAYMENT_MIGRATIONS, ...SANDBOX_MIGRATIONS, ...PAYOUT_MIGRATIONS],
    }),
    PaymentModule,
  ],
})
export class AppModule {}
