import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ALL_EVENTS, EventCatalogue } from '@lienthong/contracts';
import { CorrelationContext, HealthRegistry, MetricsService } from '@lienthong/platform';
import { Database } from '@lienthong/persistence';
import { backOff } from 'exponential-backoff';
import { Partitioners, type Admin, type Kafka, type Producer } from 'kafkajs';
import { EVENT_HANDLER_METADATA, type EventHandler } from './consumer/event-handler';
import { EventConsumer } from './consumer/event-consumer';
import { MessageProcessor } from './consumer/message-processor';
import { DEFAULT_RETRY_POLICY } from './consumer/retry-policy';
import { DeadLetterStore } from './dead-letters/dead-letter.store';
import { createKafka } from './kafka/kafka-client';
import { MessagingMetrics } from './metrics/messaging-metrics';
import {
  MESSAGING_CONNECTION,
  MESSAGING_OPTIONS,
  type MessagingConnection,
  type MessagingModuleOptions,
} from './messaging.options';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Owns a service's Kafka clients, outbox relay and consumer, and their order: start once the
 * database is migrated (retrying Kafka in the background, so the service boots and reports
 * not-ready while Kafka is down); stop consuming first, then flush the outbox, then disconnect.
 */
@Injectable()
export class MessagingRuntime
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(MessagingRuntime.name);
  readonly catalogue: EventCatalogue;
  readonly outbox: Outbox;
  /** Processors by consumer group, for dead-letter replay. */
  readonly processors = new Map<string, MessageProcessor>();
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly metrics: MessagingMetrics;
  private relay: OutboxRelay | undefined;
  private consumer: EventConsumer | undefined;
  private started = false;
  private kafkaConnected = false;
  private stopping = false;
  private startup: Promise<void> | undefined;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(MESSAGING_CONNECTION) private readonly connection: MessagingConnection,
    private readonly database: Database,
    private readonly health: HealthRegistry,
    metrics: MetricsService,
    private readonly discovery: DiscoveryService,
  ) {
    this.catalogue = options.catalogue ?? new EventCatalogue(ALL_EVENTS);
    this.outbox = new Outbox(this.catalogue);
    this.kafka = createKafka(options.serviceName, connection.brokers);
    // Idempotent producer with one request in flight: the broker drops retried duplicates and a
    // retry can never reorder one dossier's events.
    this.producer = this.kafka.producer({
      // Java-compatible murmur2 partitioning: integrators' clients place a dossier's key in the same partition.
      createPartitioner: Partitioners.DefaultPartitioner,
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    this.admin = this.kafka.admin();
    this.metrics = new MessagingMetrics(metrics.registry, {
      outboxBacklog: async () => this.countWhere('outbox_message', 'published_at IS NULL'),
      deadLettersPending: async () => this.countWhere('dead_letter', `status = 'pending'`),
    });
  }

  onModuleInit(): void {
    const handlers = this.discovery
      .getProviders()
      .filter(
        (wrapper) =>
          wrapper.metatype && Reflect.getMetadata(EVENT_HANDLER_METADATA, wrapper.metatype),
      )
      .map((wrapper) => wrapper.instance as EventHandler);
    if (handlers.length === 0) return;
    const topicPrefix = this.connection.topicPrefix ?? '';
    const consumerGroup = `${topicPrefix}${this.options.consumerGroup ?? this.options.serviceName}`;
    const processor = new MessageProcessor({
      consumerGroup,
      topicPrefix,
      handlers,
      catalogue: this.catalogue,
      database: this.database,
      outbox: this.outbox,
      deadLetters: new DeadLetterStore(this.options.serviceName, this.outbox),
      retry: this.options.retry ?? DEFAULT_RETRY_POLICY,
      metrics: this.metrics,
      withCorrelation: (correlationId, work) => CorrelationContext.run(correlationId, work),
    });
    this.processors.set(consumerGroup, processor);
    this.consumer = new EventConsumer(this.kafka, processor, this.metrics, {
      partitionsConsumedConcurrently: 6,
      fromBeginning: true,
      ...this.options.consumer,
    });
  }

  onApplicationBootstrap(): void {
    this.health.register('kafka', () => this.checkKafka());
    this.health.register('messaging', () => this.checkMessaging());
    this.startup = this.start().catch((error: unknown) => {
      if (!this.stopping) this.logger.error(`messaging did not start: ${message(error)}`);
    });
  }

  /** Resolves once the relay and the consumer run (tests wait on it). */
  async whenStarted(): Promise<void> {
    await this.startup;
  }

  /** Wakes the relay now instead of at its next notification or poll. */
  flushOutbox(): void {
    this.relay?.wake();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.consumer
      ?.stop()
      .catch((error: unknown) => this.logger.warn(`consumer stop: ${message(error)}`));
    await this.relay?.stop();
    await this.producer.disconnect().catch(() => undefined);
    await this.admin.disconnect().catch(() => undefined);
    this.logger.log(
      `messaging stopped: ${this.consumer ? 'consumer left its group, ' : ''}outbox flushed`,
    );
  }

  private async start(): Promise<void> {
    await this.database.whenReady();
    await this.retryForever('kafka', async () => {
      await this.producer.connect();
      await this.admin.connect();
    });
    this.kafkaConnected = true;
    if (this.stopping) return;
    this.relay = new OutboxRelay(
      this.database,
      this.producer,
      {
        databaseUrl: this.connection.databaseUrl,
        lockName: `outbox-relay:${this.options.serviceName}`,
        batchSize: 500,
        pollIntervalMs: 1000,
        topicPrefix: this.connection.topicPrefix,
        ...this.options.relay,
      },
      this.metrics,
    );
    this.relay.start();
    const consumer = this.consumer;
    if (consumer) await this.retryForever(`consumer ${consumer.group}`, () => consumer.start());
    this.started = true;
    this.logger.log(`messaging started${consumer ? `, consuming as ${consumer.group}` : ''}`);
  }

  private retryForever(what: string, work: () => Promise<void>): Promise<void> {
    // The decision to retry is taken before the delay; re-check afterwards so nothing reconnects
    // once shutdown has begun.
    const attempt = async (): Promise<void> => {
      if (this.stopping) throw new Error('stopping');
      await work();
    };
    return backOff(attempt, {
      numOfAttempts: Number.MAX_SAFE_INTEGER,
      startingDelay: 500,
      maxDelay: 5000,
      jitter: 'full',
      retry: (error: unknown, attempt: number) => {
        if (attempt === 1 || attempt % 10 === 0)
          this.logger.warn(`${what} unavailable (attempt ${attempt}): ${message(error)}`);
        return !this.stopping;
      },
    });
  }

  private async checkKafka(): Promise<void> {
    // Before the first connection the background start-up is the one retrying; a probe must not
    // open connections of its own (they would carry the probe request's correlation id).
    if (!this.kafkaConnected)
      throw new Error(`kafka: not connected yet (${this.connection.brokers.join(',')})`);
    try {
      await Promise.race([
        this.admin.describeCluster(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('no answer within 2 s')), 2000).unref(),
        ),
      ]);
    } catch (error: unknown) {
      throw new Error(`kafka: ${message(error)}`);
    }
  }

  private checkMessaging(): Promise<void> {
    if (!this.started)
      return Promise.reject(
        new Error('messaging: not started yet (waiting for database and kafka)'),
      );
    if (this.relay?.failure)
      return Promise.reject(new Error(`outbox relay: ${this.relay.failure}`));
    try {
      this.consumer?.check();
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return Promise.resolve();
  }

  private async countWhere(table: string, condition: string): Promise<number> {
    if (!this.database.isReady) return Number.NaN;
    const [{ count }]: { count: string }[] = await this.database.manager.query(
      `SELECT count(*) AS count FROM ${table} WHERE ${condition}`,
    );
    return Number(count);
  }
}
