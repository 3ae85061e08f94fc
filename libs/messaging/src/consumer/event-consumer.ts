import { Logger } from '@nestjs/common';
import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { ReceivedMessage } from '../dead-letters/dead-letter.store';
import { CONSUMER_TIMINGS } from '../kafka/kafka-client';
import type { MessagingMetrics } from '../metrics/messaging-metrics';
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

  async start(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.group,
      ...CONSUMER_TIMINGS,
      allowAutoTopicCreation: false,
      // kafkajs restarts a crashed consumer from the committed offsets; never give up.
      retry: { retries: 10, initialRetryTime: 300, restartOnFailure: () => Promise.resolve(true) },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
      this.crashed = undefined;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.joined = false;
      this.crashed = `${payload.error.message} (restart: ${String(payload.restart)})`;
      this.logger.error(`consumer ${this.group} crashed: ${this.crashed}`);
    });
    await consumer.connect();
    await consumer.subscribe({
      topics: this.processor.topics,
      fromBeginning: this.options.fromBeginning,
    });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.handleBatch(consumer, payload),
    });
  }

  /** Stops fetching, lets the batch in progress finish its current message, commits, leaves the group. */
  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    this.joined = false;
    await consumer?.disconnect();
  }

  private async handleBatch(consumer: Consumer, payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const heartbeat = (): Promise<void> => payload.heartbeat();
    const isRunning = (): boolean => payload.isRunning();
    let lastDone: string | undefined;
    try {
      for (const message of batch.messages) {
        if (!isRunning() || payload.isStale()) break;
        const received: ReceivedMessage = {
          topic: batch.topic,
          partition: batch.partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? null,
          value: message.value?.toString('utf8') ?? null,
          timestamp: message.timestamp,
        };
        const outcome = await this.processor.process(received, { heartbeat, isRunning });
        await this.options.faults?.afterProcess?.(received, outcome);
        payload.resolveOffset(message.offset);
        lastDone = message.offset;
        await heartbeat();
      }
    } finally {
      // Committing once per batch (not per message) halves the round trips; a crash before this line
      // redelivers messages whose effects are durable, and the inbox turns them into no-ops.
      if (lastDone !== undefined) {
        const next = (BigInt(lastDone) + 1n).toString();
        await consumer.commitOffsets([
          { topic: batch.topic, partition: batch.partition, offset: next },
        ]);
        this.metrics.consumerLag.set(
          { group: this.group, topic: batch.topic, partition: String(batch.partition) },
          Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(next))),
        );
      }
    }
  }
}
