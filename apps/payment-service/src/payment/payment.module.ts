import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { PLATFORM_LOGGER } from '@lienthong/platform';
import type { Logger } from 'pino';
import { LOCAL_ONLY_CALLBACK_SECRET, PaymentServiceConfig } from '../config/payment-service.config';
import { PayoutModule } from '../payout/payout.module';
import { CallbackSignatureGuard } from './callback-signature.guard';
import { CollectFeeHandler } from './handlers/collect-fee.handler';
import { RefundFeeHandler } from './handlers/refund-fee.handler';
import { Payments1764300000000 } from './migrations/1764300000000-payments';
import { PaymentCallbackEntity } from './payment-callback.entity';
import { PaymentExpirySweeper } from './payment-expiry.sweeper';
import { PaymentController } from './payment.controller';
import { PaymentEntity } from './payment.entity';
import { PaymentRepository } from './payment.repository';
import { PaymentService } from './payment.service';
import { PaymentProviderModule } from './provider/payment-provider.module';

/** Tables of fee payments, for `serviceInfrastructure`. */
export const PAYMENT_ENTITIES = [PaymentEntity, PaymentCallbackEntity];
/** Migrations of fee payments, for `serviceInfrastructure`. */
export const PAYMENT_MIGRATIONS = [Payments1764300000000];

/**
 * Fee payments of dossier steps: the CollectFee and RefundFee handlers, the expiry sweeper, and
 * the endpoints of payments and payouts alike: `GET /v1/payments/{id}` and the signed provider
 * callback endpoint (payout callbacks are handed to the payout module's service).
 */
@Module({
  imports: [PaymentProviderModule, PayoutModule],
  controllers: [PaymentController],
  providers: [
    PaymentRepository,
    PaymentService,
    PaymentExpirySweeper,
    CallbackSignatureGuard,
    CollectFeeHandler,
    RefundFeeHandler,
  ],
})
export class PaymentModule implements OnApplicationBootstrap {
  constructor(
    @Inject(PLATFORM_LOGGER) private readonly logger: Logger,
    private readonly config: PaymentServiceConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.PAYMENT_CALLBACK_SECRET === LOCAL_ONLY_CALLBACK_SECRET) {
      this.logger.warn(
        'PAYMENT_CALLBACK_SECRET is not set: payment callbacks are verified with the public ' +
          'local-only default secret. Fine for a local stack; set a secret of your own anywhere else.',
      );
    }
  }
}
