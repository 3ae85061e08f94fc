/** How a consumer retries a handler that fails with a transient error before dead-lettering. */
export interface RetryPolicy {
  /** Total tries, the first included. */
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/** A few seconds of retries: enough for a deadlock or a failover, short enough not to stall a partition. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  initialDelayMs: 200,
  maxDelayMs: 3000,
};
