import { Logger } from '@nestjs/common';
import type { CloudEvent, EventCatalogue } from '@lienthong/contracts';
import type { Database } from '@lienthong/persistence';
import { backOff } from 'exponential-backoff';
import type { EntityManager } from 'typeorm';
import type { DeadLetterStore, ReceivedMessage } from '../dead-letters/dead-letter.store';
import type { MessagingMetrics } from '../metrics/messaging-metrics';
import { OutgoingEventInvalidError, type Outbox } from '../outbox/outbox';
import {
  ConsumerInterruptedError,
  isDatabaseUnavailable,
  loggableError,
} from './consumer-interrupted.error';
import { decodeMessage, type DecodedMessage } from './decode-message';
import { PermanentHandlerError, type EventHandler } from './event-handler';
import type { RetryPolicy } from './retry-policy';

/** What happened to one message. */
export type ProcessOutcome = 'applied' | 'duplicate' | 'skipped' | 'dead-lettered';

/** Runs code with the event's correlation id in the logging context. */
export type CorrelationRunner = <T>(correlationId: string, work: () => Promise<T>) => Promise<T>;

export interface MessageProcessorDeps {
  readonly consumerGroup: string;
  /** Put before the topics of the handled types when subscribing. */
  readonly topicPrefix?: string;
  readonly handlers: readonly EventHandler[];
  readonly catalogue: EventCatalogue;
  readonly database: Database;
  readonly outbox: Outbox;
  readonly deadLetters: DeadLetterStore;
  readonly retry: RetryPolicy;
  readonly metrics: MessagingMetrics;
  readonly withCorrelation: CorrelationRunner;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isRetryable(error: unknown): boolean {
  return !(error instanceof PermanentHandlerError || error instanceof OutgoingEventInvalidError);
}

/** Signals from the consumer's batch: keep the group membership alive, and whether to go on. */
export interface ProcessSignals {
  heartbeat(): Promise<void>;
  /** False when the consumer is stopping or the partition was taken away. */
  shouldContinue(): boolean;
}

/**
 * The consumer's guarantees, written once: decode and validate against the contracts, skip what was
 * already applied (inbox), apply the handler with the inbox row and outgoing events in one
 * transaction, retry transient failures with backoff, and set aside what cannot be processed.
 * It returns only once the message's fate is durable in PostgreSQL; only then may the caller commit
 * the Kafka offset. If even the dead letter cannot be written (database down) it throws, and the
 * message is redelivered.
 */
export class MessageProcessor {
  private readonly logger = new Logger(MessageProcessor.name);
  private readonly handlers: ReadonlyMap<string, EventHandler>;
  private readonly handledTypes: ReadonlySet<string>;

  constructor(private readonly deps: MessageProcessorDeps) {
    this.handlers = new Map(deps.handlers.map((handler) => [handler.definition.type, handler]));
    this.handledTypes = new Set(this.handlers.keys());
  }

  get consumerGroup(): string {
    return this.deps.consumerGroup;
  }

  /** Topics this group must subscribe to: those of the event types it handles. */
  get topics(): string[] {
    const prefix = this.deps.topicPrefix ?? '';
    return [
      ...new Set(this.deps.handlers.map((handler) => `${prefix}${handler.definition.topic}`)),
    ];
  }

  /** Decodes and validates a message value as this consumer group would. */
  decode(value: string | null): DecodedMessage {
    return decodeMessage(value, this.deps.catalogue, this.handledTypes);
  }

  async process(message: ReceivedMessage, signals: ProcessSignals): Promise<ProcessOutcome> {
    const { consumerGroup, metrics } = this.deps;
    const decoded = this.decode(message.value);
    if (decoded.ok === 'not-handled') {
      metrics.consumed.inc({ group: consumerGroup, type: decoded.event.type, outcome: 'skipped' });
      return 'skipped';
    }
    if (!decoded.ok) {
      this.logger.warn(
        `dead-lettering ${message.topic}/${message.partition}@${message.offset}: ${decoded.reason}`,
      );
      await this.deadLetter(message, {
        reason: decoded.reason,
        error: decoded.error,
        attempts: 1,
        eventId: decoded.eventId,
        eventType: decoded.eventType,
        correlationId: null,
      });
      return 'dead-lettered';
    }
    const event = decoded.event;
    metrics.consumerDelay.observe(
      { group: consumerGroup, type: event.type },
      Math.max(0, Date.now() - Number(message.timestamp)) / 1000,
    );
    return this.deps.withCorrelation(event.correlationid, async () => {
      let attempts = 0;
      try {
        const outcome = await backOff(
          () => {
            attempts += 1;
            return this.applyOnce(event);
          },
          {
            numOfAttempts: this.deps.retry.attempts,
            startingDelay: this.deps.retry.initialDelayMs,
            maxDelay: this.deps.retry.maxDelayMs,
            timeMultiple: 2,
            jitter: 'full',
            retry: async (error: unknown, attempt: number) => {
              this.logger.warn(
                `${event.type} ${event.id} failed (attempt ${attempt}): ${loggableError(error)}`,
              );
              if (!signals.shouldContinue())
                throw new ConsumerInterruptedError('stopping or partition revoked', error);
              try {
                await signals.heartbeat();
              } catch (heartbeatError: unknown) {
                // A rebalance or eviction: the partition may already be someone else's.
                throw new ConsumerInterruptedError(
                  'group membership lost during retries',
                  heartbeatError,
                );
              }
              return isRetryable(error);
            },
          },
        );
        metrics.consumed.inc({ group: consumerGroup, type: event.type, outcome });
        return outcome;
      } catch (error: unknown) {
        if (error instanceof ConsumerInterruptedError) throw error;
        if (isDatabaseUnavailable(error)) {
          throw new ConsumerInterruptedError('database unavailable', error);
        }
        this.logger.error(
          `dead-lettering ${event.type} ${event.id} after ${attempts} attempt(s): ${loggableError(error)}`,
        );
        await this.deadLetter(message, {
          reason: 'handler-failed',
          error: errorText(error),
          attempts,
          eventId: event.id,
          eventType: event.type,
          correlationId: event.correlationid,
        });
        return 'dead-lettered';
      }
    });
  }

  /** One transaction: inbox row, handler effects and outgoing events, or nothing. */
  async applyOnce(
    event: CloudEvent,
    extraInTx?: (manager: EntityManager) => Promise<void>,
  ): Promise<'applied' | 'duplicate' | 'skipped'> {
    const handler = this.handlers.get(event.type);
    if (!handler)
      throw new PermanentHandlerError(`no handler for ${event.type} in ${this.consumerGroup}`);
    const started = process.hrtime.bigint();
    const outcome = await this.deps.database.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox_message (consumer_group, event_id, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.consumerGroup, event.id, event.type],
      );
      if (inserted.length === 0) {
        await extraInTx?.(manager);
        return 'duplicate' as const;
      }
      const result = await handler.handle(event, {
        manager,
        consumerGroup: this.consumerGroup,
        emit: (events) => this.deps.outbox.enqueueInTx(events, manager),
      });
      await extraInTx?.(manager);
      return result;
    });
    this.deps.metrics.handlerDuration.observe(
      { group: this.consumerGroup, type: event.type },
      Number(process.hrtime.bigint() - started) / 1e9,
    );
    return outcome;
  }

  private async deadLetter(
    message: ReceivedMessage,
    letter: {
      reason: Parameters<DeadLetterStore['recordInTx']>[0]['reason'];
      error: string;
      attempts: number;
      eventId: string | null;
      eventType: string | null;
      correlationId: string | null;
    },
  ): Promise<void> {
    await this.deps.database.transaction((manager) =>
      this.deps.deadLetters.recordInTx(
        { consumerGroup: this.consumerGroup, message, ...letter },
        manager,
      ),
    );
    this.deps.metrics.deadLettered.inc({ group: this.consumerGroup, reason: letter.reason });
    this.deps.metrics.consumed.inc({
      group: this.consumerGroup,
      type: letter.eventType ?? 'unknown',
      outcome: 'dead-lettered',
    });
  }
}
