import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Prometheus metrics of the messaging kit, registered on the service's own registry. */
export class MessagingMetrics {
  readonly outboxPublished: Counter<'topic'>;
  readonly outboxRelayDelay: Histogram<'topic'>;
  readonly outboxBacklog: Gauge;
  readonly consumerLag: Gauge<'group' | 'topic' | 'partition'>;
  readonly consumed: Counter<'group' | 'type' | 'outcome'>;
  readonly consumerDelay: Histogram<'group' | 'type'>;
  readonly handlerDuration: Histogram<'group' | 'type'>;
  readonly deadLettered: Counter<'group' | 'reason'>;
  readonly deadLettersPending: Gauge;

  constructor(
    registry: Registry,
    collectors: { outboxBacklog: () => Promise<number>; deadLettersPending: () => Promise<number> },
  ) {
    const registers = [registry];
    const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    this.outboxPublished = new Counter({
      name: 'lienthong_outbox_published_total',
      help: 'Events published by the outbox relay.',
      labelNames: ['topic'],
      registers,
    });
    this.outboxRelayDelay = new Histogram({
      name: 'lienthong_outbox_relay_delay_seconds',
      help: 'Time from an outbox row being written to it being acknowledged by Kafka.',
      labelNames: ['topic'],
      buckets: latencyBuckets,
      registers,
    });
    this.outboxBacklog = new Gauge({
      name: 'lienthong_outbox_backlog',
      help: 'Outbox rows written but not yet published.',
      registers,
      async collect() {
        this.set(await collectors.outboxBacklog().catch(() => Number.NaN));
      },
    });
    this.consumerLag = new Gauge({
      name: 'lienthong_consumer_lag',
      help: 'Messages in the partition after the last one this consumer group processed.',
      labelNames: ['group', 'topic', 'partition'],
      registers,
    });
    this.consumed = new Counter({
      name: 'lienthong_consumer_messages_total',
      help: 'Messages consumed, by event type and outcome (applied, duplicate, skipped, dead-lettered).',
      labelNames: ['group', 'type', 'outcome'],
      registers,
    });
    this.consumerDelay = new Histogram({
      name: 'lienthong_consumer_delay_seconds',
      help: 'Time from the message being appended to Kafka to the consumer starting on it.',
      labelNames: ['group', 'type'],
      buckets: latencyBuckets,
      registers,
    });
    this.handlerDuration = new Histogram({
      name: 'lienthong_handler_duration_seconds',
      help: 'Time to apply one event: its transaction with inbox row, effects and outbox rows.',
      labelNames: ['group', 'type'],
      buckets: latencyBuckets,
      registers,
    });
    this.deadLettered = new Counter({
      name: 'lienthong_dead_lettered_total',
      help: 'Messages set aside as dead letters, by reason.',
      labelNames: ['group', 'reason'],
      registers,
    });
    this.deadLettersPending = new Gauge({
      name: 'lienthong_dead_letters_pending',
      help: 'Dead letters not yet replayed.',
      registers,
      async collect() {
        this.set(await collectors.deadLettersPending().catch(() => Number.NaN));
      },
    });
  }
}
