import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import { PLATFORM_LOGGER } from '@lienthong/platform';
import type { Logger } from 'pino';
import { PaymentServiceConfig } from '../config/payment-service.config';
import { PeriodicWorker } from '../worker/periodic-worker';
import { PaymentService } from './payment.service';

/**
 * Expires pending payments past their expiry every `PAYMENT_EXPIRY_SWEEP_INTERVAL_MS`. The
 * timer only says when to look; what is due is read from the database, so a payment whose
 * expiry passed while every instance was down is expired at the next start.
 */
@Injectable()
export class PaymentExpirySweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly worker: PeriodicWorker;
  private stopping = false;

  constructor(
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
    config: PaymentServiceConfig,
    payments: PaymentService,
    private readonly database: Database,
  ) {
    this.worker = new PeriodicWorker({
      name: 'payment expiry sweep',
      intervalMs: config.PAYMENT_EXPIRY_SWEEP_INTERVAL_MS,
      run: async () => {
        await payments.expireDuePayments();
      },
      logger: rootLogger.child({ context: PaymentExpirySweeper.name }),
    });
  }

  onApplicationBootstrap(): void {
    // Not awaited: the service listens (live, not ready) while the database connects.
    void this.database.whenReady().then(() => {
      if (!this.stopping) this.worker.start();
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.worker.stop();
  }
}
