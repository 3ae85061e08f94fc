import { Logger } from '@nestjs/common';
import { backOff } from 'exponential-backoff';
import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { ReceivedMessage } from '../dead-letters/dead-letter.store';
import { CONSUMER_TIMINGS } from '../kafka/kafka-client';
import type { MessagingMetrics } from '../metrics/messaging-metrics';
import { ConsumerInterruptedError, loggableError } from './consumer-interrupted.error';
import type { MessageProcessor, ProcessOutcome } from './message-processor';

export interface EventConsumerOptions {
  /** Partitions handled at once; within one partition (one dossier) messages stay in order. */
  readonly partitionsConsumedConcurrently: number;
  /** Where a new group starts; existing groups resume from their committed offsets. */
  readonly fromBeginning: boolean;
  /** Fault injection for crash tests only: runs after a message's transaction, before its offset commit. */
  readonly faults?: {
    readonly afterProcess?: (message: ReceivedMessage, outcome: ProcessOutcome) => Promise<void>;
  };
}

/**
 * Drives kafkajs directly rather than through Nest's Kafka transport, whose automatic commits we
 * would have to fight (docs/decisions/0004-consumers-drive-kafkajs.md). Auto-commit is off: the
 * offset of a message is committed only after the processor has made its outcome durable.
 */
export class EventConsumer {
  private readonly logger = new Logger(EventConsumer.name);
  private consumer: Consumer | undefined;
  private joined = false;
  private crashed: string | undefined;
  private stopping = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly processor: MessageProcessor,
    private readonly metrics: MessagingMetrics,
    private readonly options: EventConsumerOptions,
  ) {}

  get group(): string {
    return this.processor.consumerGroup;
  }

  /** Throws with a reason when the consumer is not consuming (for /health/ready). */
  check(): void {
    if (this.crashed) throw new Error(`consumer ${this.group}: ${this.crashed}`);
    if (!this.joined) throw new Error(`consumer ${this.group}: not yet in its group`);
  }

  /** Connects, subscribes and runs; a failed attempt leaves no connection behind. */
  async start(): Promise<void> {
    if (this.stopping) return;
    const consumer = this.kafka.consumer({
      groupId: this.group,
      ...CONSUMER_TIMINGS,
      allowAutoTopicCreation: false,
      retry: { retries: 10, initialRetryTime: 300, restartOnFailure: () => Promise.resolve(true) },
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
      this.crashed = undefined;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.joined = false;
      this.crashed = `${payload.error.name} (restart: ${String(payload.restart)})`;
      this.logger.error(`consumer ${this.group} crashed: ${this.crashed}`);
      // kafkajs restarts itself after retriable failures only; after the others it stays down.
      if (!payload.restart && !this.stopping) void this.restartAfterCrash(consumer);
    });
    try {
      await consumer.connect();
      await consumer.subscribe({
        topics: this.processor.topics,
        fromBeginning: this.options.fromBeginning,
      });
      if (this.stopping) throw new Error('stopping');
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
        eachBatch: (payload) => this.handleBatch(payload),
      });
      this.consumer = consumer;
    } catch (error: unknown) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
  }

  /** Stops fetching, lets the message in hand finish and be committed, leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    const consumer = this.consumer;
    this.consumer = undefined;
    this.joined = false;
    await consumer?.disconnect();
  }

  private async restartAfterCrash(crashed: Consumer): Promise<void> {
    if (this.consumer === crashed) this.consumer = undefined;
    await crashed.disconnect().catch(() => undefined);
    await backOff(() => this.start(), {
      numOfAttempts: Number.MAX_SAFE_INTEGER,
      startingDelay: 1000,
      maxDelay: 10000,
      retry: (error: unknown) => {
        this.logger.warn(`consumer ${this.group} restart failed: ${loggableError(error)}`);
        return !this.stopping;
      },
    }).catch(() => undefined);
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    let lastDone: string | undefined;
    let failure: unknown;
    try {
      for (const message of batch.messages) {
        if (!payload.isRunning() || payload.isStale()) break;
        const received: ReceivedMessage = {
          topic: batch.topic,
          partition: batch.partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? null,
          value: message.value?.toString('utf8') ?? null,
          timestamp: message.timestamp,
        };
        const outcome = await this.processor.process(received, {
          heartbeat: () => payload.heartbeat(),
          shouldContinue: () => payload.isRunning() && !payload.isStale(),
        });
        await this.options.faults?.afterProcess?.(received, outcome);
        payload.resolveOffset(message.offset);
        lastDone = message.offset;
        await payload.heartbeat();
      }
    } catch (error: unknown) {
      failure = error;
    }
    // Committing once per batch (not per message) saves round trips; a crash before this line
    // redelivers messages whose effects are durable, and the inbox turns them into no-ops. This goes
    // straight to the group coordinator, so it also commits while the consumer is stopping.
    if (lastDone !== undefined) {
      const next = (BigInt(lastDone) + 1n).toString();
      try {
        await payload.commitOffsetsIfNecessary({
          topics: [
            { topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] },
          ],
        });
        this.metrics.consumerLag.set(
          { group: this.group, topic: batch.topic, partition: String(batch.partition) },
          Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(next))),
        );
      } catch (commitError: unknown) {
        // Never hide the error that stopped the batch; an uncommitted offset only means redelivery.
        failure ??= commitError;
      }
    }
    if (failure === undefined) return;
    if (failure instanceof ConsumerInterruptedError) {
      this.logger.warn(
        `${batch.topic}/${batch.partition}: ${failure.message}; the message will be redelivered`,
      );
      // The cause (a rebalance error from heartbeat) tells kafkajs to rejoin; a stop needs nothing more.
      if (!payload.isRunning()) return;
      throw failure.cause instanceof Error ? failure.cause : failure;
    }
    throw failure instanceof Error ? failure : new Error(loggableError(failure));
  }
}
