import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { Database } from '@lienthong/persistence';
import { MetricsService, PLATFORM_LOGGER } from '@lienthong/platform';
import { emailRetryPolicy, NotificationServiceConfig } from '../config/notification-service.config';
import { afterFailedAttempt, type EmailRetryPolicy } from './domain/email-retry.util';
import { summariseSmtpFailure } from './domain/smtp-failure.util';
import { EmailDeliveryMetrics } from './email-delivery.metrics';
import { EmailDeliveryRepository, type ClaimedEmail } from './email-delivery.repository';
import { MailSender, SMTP_TIMEOUTS_MS } from './mail-sender';

/** E-mails claimed per round. */
const BATCH_SIZE = 10;

/**
 * How long a claimed e-mail is reserved for the instance sending it: longer than the worst send
 * of a whole batch (each send is bounded by the SMTP timeouts), so two instances never send the
 * same e-mail at once; after it, an e-mail whose sender died is claimed again.
 */
const LEASE_MS =
  BATCH_SIZE * (SMTP_TIMEOUTS_MS.connection + SMTP_TIMEOUTS_MS.greeting + SMTP_TIMEOUTS_MS.socket);

/**
 * Sends pending e-mails in the background, outside any consumer transaction: claims due ones,
 * sends each through SMTP, marks it sent, or schedules a retry with backoff, or gives it up as
 * failed after `EMAIL_MAX_ATTEMPTS`. Safe with several instances (see `claimDue`). An e-mail is
 * sent at least once: an instance dying between the SMTP answer and the database update leaves
 * it to be sent again when its lease runs out. Logs and metrics name e-mails by message id only.
 */
@Injectable()
export class EmailDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly metrics: EmailDeliveryMetrics;
  private readonly policy: EmailRetryPolicy;
  private readonly pollIntervalMs: number;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private signalStop: () => void = () => undefined;
  private readonly stopped = new Promise<void>((resolve) => {
    this.signalStop = resolve;
  });

  constructor(
    // This application's own logger (not nestjs-pino's process-wide one): tests run several apps.
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
    config: NotificationServiceConfig,
    metrics: MetricsService,
    private readonly database: Database,
    private readonly repository: EmailDeliveryRepository,
    private readonly sender: MailSender,
  ) {
    this.logger = rootLogger.child({ context: EmailDeliveryWorker.name });
    this.policy = emailRetryPolicy(config);
    this.pollIntervalMs = config.EMAIL_POLL_INTERVAL_MS;
    this.metrics = new EmailDeliveryMetrics(metrics.registry, () =>
      this.database.isReady ? this.repository.countPending() : Promise.resolve(Number.NaN),
    );
  }

  onApplicationBootstrap(): void {
    if (!this.sender.enabled) {
      this.logger.info('e-mail disabled (SMTP_URL not set): messages go to the inbox only');
      return;
    }
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.signalStop();
    this.wake?.();
    // The e-mail in hand is finished (bounded by the SMTP timeouts), so its outcome is recorded.
    await this.loop;
  }

  /** Sends what is due now; the number of e-mails attempted. */
  async deliverDue(): Promise<number> {
    const claimed = await this.repository.claimDue(BATCH_SIZE, LEASE_MS);
    for (const email of claimed) {
      if (this.stopping) break;
      await this.attempt(email);
    }
    return claimed.length;
  }

  private async run(): Promise<void> {
    // Not a stuck shutdown when the database never came up.
    await Promise.race([this.database.whenReady(), this.stopped]);
    let failedRounds = 0;
    while (!this.stopping) {
      let attempted = 0;
      try {
        attempted = await this.deliverDue();
        failedRounds = 0;
      } catch (error: unknown) {
        // The database is down or restarting: the e-mails wait in their rows. Said once, then
        // now and then, not at every poll.
        failedRounds += 1;
        if (failedRounds === 1 || failedRounds % 60 === 0) {
          this.logger.warn({ err: error, failedRounds }, 'e-mail delivery round failed');
        }
      }
      // A full batch suggests more are due: go on at once.
      if (attempted < BATCH_SIZE) await this.pause();
    }
  }

  private async attempt(email: ClaimedEmail): Promise<void> {
    const { messageId, attempts } = email;
    try {
      await this.sender.send({ to: email.toAddress, subject: email.subject, text: email.body });
    } catch (error: unknown) {
      const failure = summariseSmtpFailure(error);
      const next = afterFailedAttempt({ attempts, policy: this.policy });
      if (next.status === 'failed') {
        await this.repository.markFailed(email, failure);
        this.metrics.attempts.inc({ outcome: 'failed' });
        this.logger.error({ messageId, attempts, failure }, 'e-mail given up');
      } else {
        await this.repository.markRetry(email, next.retryInMs, failure);
        this.metrics.attempts.inc({ outcome: 'retry' });
        this.logger.warn(
          { messageId, attempts, failure, retryInMs: next.retryInMs },
          'e-mail not sent; will retry',
        );
      }
      return;
    }
    await this.repository.markSent(email);
    this.metrics.attempts.inc({ outcome: 'sent' });
    this.logger.info({ messageId, attempts }, 'e-mail sent');
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(finish, this.pollIntervalMs);
      function finish(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = finish;
    });
  }
}
