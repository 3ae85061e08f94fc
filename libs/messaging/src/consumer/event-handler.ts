import type { EventDefinition, EventOf } from '@lienthong/contracts';
import type { EntityManager } from 'typeorm';
import type { OutgoingEvent } from '../outbox/outbox';

/** What a handler did with an event that was new to its consumer group. */
export type HandlerOutcome = 'applied' | 'skipped';

/** The transaction a handler works in: its effects, the inbox row and its outgoing events commit together. */
export interface HandlerContext {
  readonly manager: EntityManager;
  /** Adds events to the outbox in this transaction. */
  emit(events: readonly OutgoingEvent[]): Promise<void>;
  readonly consumerGroup: string;
}

/**
 * Handles one event type for a service. One `*.handler.ts` per consumed type: it translates the
 * event into one call of a service method that takes the transaction's EntityManager.
 */
export interface EventHandler<D extends EventDefinition = EventDefinition> {
  readonly definition: D;
  handle(event: EventOf<D>, context: HandlerContext): Promise<HandlerOutcome>;
}

/**
 * A failure that retrying cannot fix (a broken invariant, not a business rejection: business
 * rejections are events). The message goes to dead letters at once.
 */
export class PermanentHandlerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentHandlerError';
  }
}

/** Marks a provider class as an event handler, discovered by the messaging module at start. */
export const EVENT_HANDLER_METADATA = 'lienthong:event-handler';
export function ConsumesEvent(): ClassDecorator {
  return (target) => Reflect.defineMetadata(EVENT_HANDLER_METADATA, true, target);
}
