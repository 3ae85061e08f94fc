import type { CloudEvent, EventCatalogue, SchemaViolation } from '@lienthong/contracts';
import { insertRowsInTx } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';

/** One event to publish, and where. */
export interface OutgoingEvent {
  readonly topic: string;
  readonly event: CloudEvent;
}

/** Raised when a service tries to emit an event its own contract rejects: a bug, never published. */
export class OutgoingEventInvalidError extends Error {
  constructor(type: string, details: string) {
    super(`outgoing event ${type} does not match its schema: ${details}`);
    this.name = 'OutgoingEventInvalidError';
  }
}

/**
 * Writes events to the outbox inside the caller's transaction: they are published if and only if
 * the transaction commits. Events are checked against their schema here, so a producer bug fails its
 * own transaction instead of poisoning every consumer downstream.
 */
export class Outbox {
  constructor(private readonly catalogue: EventCatalogue) {}

  /**
   * What {@link enqueueInTx} would refuse in data of this type: lets a producer decide what to do
   * with data its contract rejects (the orchestrator fails the step) instead of failing the whole
   * transaction. Empty when the data conforms.
   */
  violations(type: string, data: unknown): readonly SchemaViolation[] {
    const check = this.catalogue.checkDataOf(type, data);
    return check.ok ? [] : check.violations;
  }

  async enqueueInTx(events: readonly OutgoingEvent[], manager: EntityManager): Promise<void> {
    if (events.length === 0) return;
    for (const { event } of events) {
      const check = this.catalogue.checkData(event);
      if (!check.ok) {
        throw new OutgoingEventInvalidError(
          event.type,
          check.violations.map((v) => `${v.pointer} ${v.detail}`).join('; '),
        );
      }
    }
    await insertRowsInTx(
      manager,
      'INSERT INTO outbox_message (event_id, event_type, topic, message_key, payload)',
      events.map(({ topic, event }) => [
        event.id,
        event.type,
        topic,
        event.subject,
        JSON.stringify(event),
      ]),
    );
  }
}
