import type { CloudEvent, EventCatalogue } from '@lienthong/contracts';
import type { DeadLetterReason } from '../dead-letters/dead-letter.types';

export type DecodedMessage =
  | { readonly ok: true; readonly event: CloudEvent }
  /** A valid event of a type this consumer does not handle: other consumers of the topic do. */
  | { readonly ok: 'not-handled'; readonly event: CloudEvent }
  | {
      readonly ok: false;
      readonly reason: Exclude<DeadLetterReason, 'handler-failed'>;
      readonly error: string;
      readonly eventId: string | null;
      readonly eventType: string | null;
    };

function field(candidate: unknown, name: string): string | null {
  if (typeof candidate !== 'object' || candidate === null) return null;
  const value = (candidate as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/**
 * Turns a Kafka message value into a CloudEvent whose envelope and data match the contracts, or
 * says why not. Pure: no I/O, so every malformed case is unit-tested.
 */
export function decodeMessage(
  value: string | null,
  catalogue: EventCatalogue,
  handledTypes: ReadonlySet<string>,
): DecodedMessage {
  if (value === null || value.length === 0) {
    return {
      ok: false,
      reason: 'malformed',
      error: 'empty message',
      eventId: null,
      eventType: null,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: 'malformed',
      error: `not JSON: ${detail}`,
      eventId: null,
      eventType: null,
    };
  }
  const ids = { eventId: field(parsed, 'id'), eventType: field(parsed, 'type') };
  const envelope = catalogue.checkEnvelope(parsed);
  if (!envelope.ok) {
    const error = envelope.violations.map((v) => `${v.pointer}: ${v.detail}`).join('; ');
    return { ok: false, reason: 'invalid-envelope', error, ...ids };
  }
  if (!handledTypes.has(envelope.event.type) && catalogue.get(envelope.event.type)) {
    return { ok: 'not-handled', event: envelope.event };
  }
  const data = catalogue.checkData(envelope.event);
  if (!data.ok) {
    const error = data.violations.map((v) => `${v.pointer}: ${v.detail}`).join('; ');
    return { ok: false, reason: data.reason, error, ...ids };
  }
  return { ok: true, event: envelope.event };
}
