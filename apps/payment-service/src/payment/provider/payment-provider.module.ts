import { Module } from '@nestjs/common';
import { PaymentServiceConfig } from '../../config/payment-service.config';
import { SandboxModule } from '../../sandbox/sandbox.module';
import { SandboxPaymentProvider } from '../../sandbox/sandbox-payment.provider';
import { PAYMENT_PROVIDER, type PaymentProvider } from './payment-provider';

/**
 * The provider `PAYMENT_PROVIDER` names, under the {@link PAYMENT_PROVIDER} token: one adapter for
 * fees and payouts alike, so both are settled by the same signed callbacks.
 */
@Module({
  imports: [SandboxModule],
  providers: [
    {
      provide: PAYMENT_PROVIDER,
      inject: [PaymentServiceConfig, SandboxPaymentProvider],
      useFactory: (
        config: PaymentServiceConfig,
        sandbox: SandboxPaymentProvider,
      ): PaymentProvider => {
        // Each real gateway adds its adapter here, with its name in PAYMENT_PROVIDER_NAMES.
        switch (config.PAYMENT_PROVIDER) {
          case 'sandbox':
            return sandbox;
        }
      },
    },
  ],
  exports: [PAYMENT_PROVIDER],
})
export class PaymentProviderModule {}
