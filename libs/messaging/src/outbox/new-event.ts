import { randomUUID } from 'node:crypto';
import type { EventData, EventDefinition, EventOf } from '@lienthong/contracts';

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
