import type { Logger } from 'pino';

/** What a {@link PeriodicWorker} runs, and how often. */
export interface PeriodicWorkerOptions {
  /** For log lines. */
  readonly name: string;
  readonly intervalMs: number;
  /** One round of work. A failure is logged and the next round comes as usual. */
  readonly run: () => Promise<void>;
  readonly logger: Logger;
}

/**
 * Runs a round of work every `intervalMs`, never two rounds at once, until stopped. Its work
 * lives in the database (due rows), not in the timer: a crash loses nothing, the next start (or
 * another instance) finds the same rows due.
 */
export class PeriodicWorker {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;

  constructor(private readonly options: PeriodicWorkerOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Runs the next round now instead of at its time (no-op while a round runs). */
  wake(): void {
    if (this.stopped || this.current) return;
    this.schedule(0);
  }

  /** Stops scheduling and waits for the round in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.current = this.round().finally(() => {
        this.current = undefined;
        if (!this.stopped) this.schedule(this.options.intervalMs);
      });
    }, delayMs);
    // Never what keeps the process alive.
    this.timer.unref();
  }

  private async round(): Promise<void> {
    try {
      await this.options.run();
      this.failures = 0;
    } catch (error: unknown) {
      this.failures += 1;
      // A database outage would otherwise log a line per round.
      if (this.failures === 1 || this.failures % 20 === 0) {
        this.options.logger.warn(
          { err: error, failures: this.failures },
          `${this.options.name} round failed`,
        );
      }
    }
  }
}
