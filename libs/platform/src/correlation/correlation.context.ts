import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

interface CorrelationStore {
  readonly correlationId: string;
}

const storage = new AsyncLocalStorage<CorrelationStore>();

/** The header a caller sets to tie our logs to theirs; echoed on every response. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';

// A UUID, or a short token of URL- and log-safe characters: anything else (spaces, newlines,
// quotes, very long values) could forge log lines or bloat them, so it is replaced.
const ACCEPTABLE_CORRELATION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The correlation id of the work in progress, carried through async calls.
 *
 * HTTP requests enter it in the platform middleware; Kafka consumers enter it with the envelope's
 * `correlationid` so their log lines (which read it through pino's `mixin`) and the events they
 * publish carry the same id as the request that started the dossier.
 */
export const CorrelationContext = {
  /** Runs `fn` (and everything it awaits or schedules) with `correlationId` as the current id. */
  run<T>(correlationId: string, fn: () => T): T {
    return storage.run({ correlationId }, fn);
  },

  /** The current correlation id, or `undefined` outside any {@link CorrelationContext.run}. */
  current(): string | undefined {
    return storage.getStore()?.correlationId;
  },

  /** Whether a caller-supplied id is safe to adopt (a UUID or a short token of safe characters). */
  isAcceptable(candidate: unknown): candidate is string {
    return typeof candidate === 'string' && ACCEPTABLE_CORRELATION_ID.test(candidate);
  },

  /** The caller's id when acceptable, otherwise a fresh UUIDv4. */
  resolve(candidate: unknown): string {
    return CorrelationContext.isAcceptable(candidate) ? candidate : randomUUID();
  },
} as const;
