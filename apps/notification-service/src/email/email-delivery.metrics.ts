import { Counter, Gauge, type Registry } from 'prom-client';

/** What became of one e-mail attempt. */
export type EmailAttemptOutcome = 'sent' | 'retry' | 'failed';

/** Prometheus metrics of the e-mail channel (counts only: no address, no message id). */
export class EmailDeliveryMetrics {
  readonly attempts: Counter<'outcome'>;
  readonly pending: Gauge;

  constructor(registry: Registry, countPending: () => Promise<number>) {
    this.attempts = new Counter({
      name: 'lienthong_email_attempts_total',
      help: 'E-mail send attempts, by outcome: sent, retry (failed, to be retried), failed (given up).',
      labelNames: ['outcome'],
      registers: [registry],
    });
    this.pending = new Gauge({
      name: 'lienthong_email_pending',
      help: 'E-mails waiting to be sent or retried.',
      registers: [registry],
      async collect() {
        this.set(await countPending().catch(() => Number.NaN));
      },
    });
  }
}
