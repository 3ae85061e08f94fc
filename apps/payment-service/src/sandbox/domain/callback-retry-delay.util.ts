/** The first retry comes this long after a failed delivery; each next one twice as long. */
const FIRST_RETRY_MS = 1000;
/** No wait between two attempts is longer than this. */
const LONGEST_WAIT_MS = 60_000;
/** After this long since the callback was created, the gateway stops trying. */
export const CALLBACK_GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * When a callback whose delivery failed is tried again, as webhook senders do: exponential
 * backoff capped at a minute, and `null` (give up) once it is a day old.
 */
export function nextCallbackAttemptAt({
  attempts,
  createdAt,
  now,
}: {
  /** Attempts made so far, the failed one included (1 or more). */
  attempts: number;
  createdAt: Date;
  now: Date;
}): Date | null {
  if (now.getTime() - createdAt.getTime() >= CALLBACK_GIVE_UP_AFTER_MS) return null;
  const exponent = Math.min(Math.max(attempts, 1) - 1, 16);
  const waitMs = Math.min(FIRST_RETRY_MS * 2 ** exponent, LONGEST_WAIT_MS);
  return new Date(now.getTime() + waitMs);
}
