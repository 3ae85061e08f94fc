import { setTimeout as sleep } from 'node:timers/promises';

/** How {@link waitUntil} polls. */
export interface WaitUntilOptions {
  /** What is awaited, for the timeout message, e.g. `Kafka at 127.0.0.1:9092`. */
  readonly what: string;
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** Stops polling early (the server being waited for has died). */
  readonly signal?: AbortSignal;
}

/**
 * Calls `probe` until it resolves, and returns its value. A probe that throws means "not yet";
 * after `timeoutMs` the last error is reported, since it usually says why (refused, auth, ...).
 */
export async function waitUntil<T>(probe: () => Promise<T>, options: WaitUntilOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      return await probe();
    } catch (error: unknown) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? lastError.message : String(lastError);
      throw new Error(
        `Timed out after ${options.timeoutMs} ms waiting for ${options.what}: ${reason}`,
        { cause: lastError },
      );
    }
    await sleep(options.intervalMs ?? 200, undefined, { signal: options.signal });
  }
}
