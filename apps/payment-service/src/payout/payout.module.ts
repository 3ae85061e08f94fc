import { Module } from '@nestjs/common';
import { PaymentProviderModule } from '../payment/provider/payment-provider.module';
import { PayBenefitHandler } from './handlers/pay-benefit.handler';
import { Payouts1764900000000 } from './migrations/1764900000000-payouts';
import { PayoutCallbackEntity } from './payout-callback.entity';
import { PayoutEntity } from './payout.entity';
import { PayoutRepository } from './payout.repository';
import { PayoutService } from './payout.service';

/** Tables of benefit payouts, for `serviceInfrastructure`. */
export const PAYOUT_ENTITIES = [PayoutEntity, PayoutCallbackEntity];
/** Migrations of benefit payouts, for `serviceInfrastructure`. */
export const PAYOUT_MIGRATIONS = [Payouts1764900000000];

/**
 * Benefit payouts: the PayBenefit handler and the service that submits payouts to the provider
 * and applies its callbacks. Reading payouts and receiving their callbacks go through the payment
 * module's endpoints (`GET /v1/payments/{id}`, `POST /v1/payments/callbacks/{provider}`), which a
 * gateway calls for payments and payouts alike.
 */
@Module({
  imports: [PaymentProviderModule],
  providers: [PayoutRepository, PayoutService, PayBenefitHandler],
  exports: [PayoutService],
})
export class PayoutModule {}
