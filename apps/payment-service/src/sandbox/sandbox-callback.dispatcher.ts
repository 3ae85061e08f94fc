import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Database } from '@lienthong/persistence';
import { PLATFORM_LOGGER } from '@lienthong/platform';
import type { Logger } from 'pino';
import { PaymentServiceConfig } from '../config/payment-service.config';
import { CALLBACK_SIGNATURE_HEADER } from '../payment/domain/callback-signature';
import { signCallback } from '../payment/domain/sign-callback.util';
import { PeriodicWorker } from '../worker/periodic-worker';
import { nextCallbackAttemptAt } from './domain/callback-retry-delay.util';
import { type ClaimedCallback, SandboxRepository } from './sandbox.repository';

/** How often due callbacks are looked for (also woken at once by a manual confirm). */
const POLL_INTERVAL_MS = 250;
/** Callbacks delivered per round, concurrently. */
const BATCH = 20;
/** One attempt may take this long before it counts as failed. */
const ATTEMPT_TIMEOUT_MS = 5000;
/** A claimed callback is not claimed again before this, unless its attempt is recorded. */
const LEASE_MS = 30_000;

/**
 * The sandbox gateway's webhook sender: delivers queued callbacks by HTTP POST to
 * `<PAYMENT_PUBLIC_URL>/v1/payments/callbacks/sandbox`, signed afresh at each attempt, and
 * retries until a 2xx (backoff up to a minute, for a day), as a real gateway does. The queue is
 * a table: a callback due while the process was down is delivered after the restart, and
 * several instances share the queue without sending one callback twice at once.
 */
@Injectable()
export class SandboxCallbackDispatcher
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly worker: PeriodicWorker;
  private readonly logger: Logger;
  private stopping = false;

  constructor(
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
    private readonly config: PaymentServiceConfig,
    private readonly database: Database,
    private readonly repository: SandboxRepository,
    private readonly httpAdapterHost: HttpAdapterHost,
  ) {
    this.logger = rootLogger.child({ context: SandboxCallbackDispatcher.name });
    this.worker = new PeriodicWorker({
      name: 'sandbox callback delivery',
      intervalMs: POLL_INTERVAL_MS,
      run: () => this.deliverDue(),
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    // Only the sandbox's payments have callbacks to send.
    if (this.config.PAYMENT_PROVIDER !== 'sandbox') return;
    void this.database.whenReady().then(() => {
      if (!this.stopping) this.worker.start();
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.worker.stop();
  }

  /** Looks for due callbacks now. */
  wake(): void {
    this.worker.wake();
  }

  /** Where callbacks go: the configured public URL, or this process's own address. */
  callbackUrl(): string {
    const base = this.config.PAYMENT_PUBLIC_URL ?? `http://127.0.0.1:${this.listeningPort()}`;
    return `${base.replace(/\/+$/, '')}/v1/payments/callbacks/sandbox`;
  }

  private listeningPort(): number {
    const server = this.httpAdapterHost.httpAdapter?.getHttpServer() as
      { address(): unknown } | undefined;
    const address = server?.address();
    return typeof address === 'object' && address !== null && 'port' in address
      ? Number((address as { port: number }).port)
      : this.config.PORT;
  }

  private async deliverDue(): Promise<void> {
    for (;;) {
      const claimed = await this.repository.claimDueCallbacks(new Date(), LEASE_MS, BATCH);
      await Promise.all(claimed.map((callback) => this.deliver(callback)));
      if (claimed.length < BATCH || this.stopping) return;
    }
  }

  private async deliver(callback: ClaimedCallback): Promise<void> {
    let failure: string;
    try {
      const response = await fetch(this.callbackUrl(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [CALLBACK_SIGNATURE_HEADER]: signCallback({
            secret: this.config.PAYMENT_CALLBACK_SECRET,
            body: callback.body,
            now: new Date(),
          }),
        },
        body: callback.body,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      // Read to the end so the connection can be reused.
      await response.arrayBuffer();
      if (response.ok) {
        await this.repository.markDelivered(callback.eventId, new Date());
        return;
      }
      failure = `HTTP ${response.status}`;
    } catch (error: unknown) {
      failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    const now = new Date();
    const retryAt = nextCallbackAttemptAt({
      attempts: callback.attempts,
      createdAt: callback.createdAt,
      now,
    });
    await this.repository.markFailed(callback.eventId, failure, retryAt, now);
    const fields = {
      eventId: callback.eventId,
      paymentId: callback.paymentId,
      attempts: callback.attempts,
      failure,
    };
    if (retryAt === null) this.logger.error(fields, 'sandbox callback abandoned after a day');
    else if (callback.attempts >= 3) this.logger.warn(fields, 'sandbox callback not delivered yet');
    else this.logger.debug(fields, 'sandbox callback delivery failed; will retry');
  }
}
