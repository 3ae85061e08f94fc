import { randomUUID } from 'node:crypto';
import type { EventData, EventDefinition, EventOf } from '@lienthong/contracts';
import type { OutgoingEvent } from './outbox';

/** What a service says about an event it emits; the envelope fields are filled in here. */
export interface NewEventParams<D extends EventDefinition> {
  /** The dossier id: CloudEvents subject and Kafka key. */
  readonly subject: string;
  readonly data: EventData<D>;
  readonly correlationId: string;
  /** The event (or request) that caused this one. */
  readonly causationId?: string;
  /** Producing service, e.g. dossier-service. */
  readonly source: string;
  /** Defaults to now; tests pass a fixed clock. */
  readonly time?: Date;
}

/** Builds a CloudEvent of the given type with a fresh id. */
export function newEvent<D extends EventDefinition>(
  definition: D,
  params: NewEventParams<D>,
): EventOf<D> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: `/lienthong/${params.source}`,
    type: definition.type,
    subject: params.subject,
    time: (params.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    correlationid: params.correlationId,
    ...(params.causationId ? { causationid: params.causationId } : {}),
    data: params.data,
  };
}

/** The event (or command) an outgoing event answers: its flow and its id. */
export interface EventCause {
  readonly id: string;
  readonly correlationid: string;
}

/**
 * Builds an event caused by `cause`, ready for the outbox. Every reply a service sends continues
 * its cause's flow (same correlation id, causation id = the cause's id) and is keyed by the dossier
 * it is about (subject and Kafka key = `data.dossierId`), so the dossier's events stay in order on
 * one partition and a flow can be traced from the submission to its last reply.
 */
export function eventCausedBy<D extends EventDefinition>(
  definition: D,
  cause: EventCause,
  data: EventData<D> & { readonly dossierId: string },
  options: { readonly source: string; readonly time?: Date },
): OutgoingEvent {
  return {
    topic: definition.topic,
    event: newEvent(definition, {
      subject: data.dossierId,
      data,
      correlationId: cause.correlationid,
      causationId: cause.id,
      source: options.source,
      time: options.time,
    }),
  };
}
