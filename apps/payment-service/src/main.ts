import { bootstrapService } from '@lienthong/platform';
import { AppModule } from './app.module';
import { PaymentServiceConfig, PAYMENT_SERVICE } from './config/payment-service.config';

void bootstrapService({ module: AppModule, ...PAYMENT_SERVICE, config: PaymentServiceConfig });
