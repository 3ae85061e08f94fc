/** How failed e-mail deliveries are retried; from the service's configuration. */
export interface EmailRetryPolicy {
  /** Attempts in all, the first included, before the e-mail is given up as failed. */
  readonly maxAttempts: number;
  /** Delay after the first failure; it doubles after each further failure. */
  readonly initialDelayMs: number;
  /** Ceiling of the delay. */
  readonly maxDelayMs: number;
}

/** What becomes of an e-mail whose attempt just failed. */
export type AfterFailedAttempt =
  { readonly status: 'failed' } | { readonly status: 'pending'; readonly retryInMs: number };

/**
 * After the `attempts`-th failed attempt: try again after an exponential delay (capped), or give
 * up once the policy's attempts are spent. A mail server that is down for a while is waited for;
 * one that never accepts the message does not keep the worker busy forever.
 */
export function afterFailedAttempt({
  attempts,
  policy,
}: {
  attempts: number;
  policy: EmailRetryPolicy;
}): AfterFailedAttempt {
  if (attempts >= policy.maxAttempts) return { status: 'failed' };
  const exponent = Math.max(0, attempts - 1);
  // 2 ** exponent overflows to Infinity for huge exponents, which Math.min caps all the same.
  const retryInMs = Math.min(policy.initialDelayMs * 2 ** exponent, policy.maxDelayMs);
  return { status: 'pending', retryInMs };
}
