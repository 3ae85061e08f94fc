import { backOff } from 'exponential-backoff';
import {
  startManagedProcess,
  waitUntil,
  type ManagedProcess,
  type ProcessExit,
} from '@lienthong/local-infra';
import { formatDuration } from './stack-table.util';

/** How to run one service. */
export interface SupervisedService {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly logFile: string;
  /** `http://localhost:<port>/health/ready`. */
  readonly readinessUrl: string;
}

/** Where the supervisor reports. */
export interface SupervisorEvents {
  /** Each output line of the service. */
  readonly onLine: (line: string) => void;
  /** The supervisor's own messages: crashes, restarts, readiness. */
  readonly onEvent: (message: string) => void;
}

/** A run that lasted this long was healthy: a crash after it starts the backoff over. */
const STABLE_AFTER_MS = 60000;
/** Longer than a service's own SHUTDOWN_TIMEOUT_MS (10 s), so it can finish cleanly. */
const STOP_TIMEOUT_MS = 15000;

/** A service exit while nobody asked it to stop. */
class ServiceCrash extends Error {
  constructor(
    readonly exit: ProcessExit,
    readonly uptimeMs: number,
  ) {
    super(
      exit.signal === null
        ? `exited with code ${exit.code} after ${formatDuration(uptimeMs)}`
        : `was killed by ${exit.signal} after ${formatDuration(uptimeMs)}`,
    );
  }
}

/**
 * Keeps one service running: starts it, restarts it with exponential backoff when it crashes
 * (1 s, 2 s, 4 s ... up to 30 s; a run that lasted a minute starts the sequence over), and
 * stops it on request. A crash loop therefore neither spins the CPU nor gives up on a service
 * that will start once its dependency is back.
 */
export class ServiceSupervisor {
  private current: ManagedProcess | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  private resolveFirstReady: (readyAfterMs: number | undefined) => void = () => undefined;
  /** Time to the first 200 of /health/ready, or `undefined` if it never came within the timeout. */
  readonly firstReady: Promise<number | undefined>;

  constructor(
    private readonly service: SupervisedService,
    private readonly events: SupervisorEvents,
    private readonly readyTimeoutMs: number,
  ) {
    this.firstReady = new Promise((resolve) => {
      this.resolveFirstReady = resolve;
    });
    // Never rejects: backOff's failures end in its catch.
    void this.supervise();
  }

  /** Stops the service (SIGTERM, SIGKILL after 15 s) and any pending restart. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.resolveFirstReady(undefined);
    await this.current?.stop(STOP_TIMEOUT_MS);
    await this.running;
  }

  /** Pid of the running process, if any (for a forced exit). */
  get pid(): number | undefined {
    return this.current?.pid;
  }

  private async supervise(): Promise<void> {
    let restarting = false;
    while (!this.stopping) {
      await backOff(() => this.runOnce(), {
        delayFirstAttempt: restarting,
        startingDelay: 1000,
        timeMultiple: 2,
        maxDelay: 30000,
        jitter: 'none',
        numOfAttempts: Number.MAX_SAFE_INTEGER,
        retry: (error: unknown, attempt: number) => {
          if (this.stopping) {
            return false;
          }
          const reason = error instanceof Error ? error.message : String(error);
          this.events.onEvent(`${reason}; restart #${attempt}, after a backoff delay`);
          return true;
        },
      }).catch(() => undefined);
      restarting = true;
    }
  }

  /** One run of the process: resolves when it was stopped or ran long enough to count as healthy. */
  private runOnce(): Promise<void> {
    const run = this.startAndWait();
    this.running = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async startAndWait(): Promise<void> {
    if (this.stopping) {
      return;
    }
    const startedAt = Date.now();
    const child = await startManagedProcess({
      name: this.service.name,
      command: this.service.command,
      args: this.service.args,
      cwd: this.service.cwd,
      env: this.service.env,
      logFile: this.service.logFile,
      onLine: this.events.onLine,
      stopSignal: 'SIGTERM',
      stopTimeoutMs: STOP_TIMEOUT_MS,
    });
    this.current = child;
    if (this.stopping) {
      await child.stop();
      return;
    }
    void this.reportReadiness(child, startedAt);
    const exit = await child.exited;
    this.current = undefined;
    if (this.stopping) {
      return;
    }
    const crash = new ServiceCrash(exit, Date.now() - startedAt);
    if (crash.uptimeMs >= STABLE_AFTER_MS) {
      // Healthy for a while: report, and let the loop restart it with a fresh backoff.
      this.events.onEvent(`${crash.message}; restarting`);
      return;
    }
    throw crash;
  }

  private async reportReadiness(child: ManagedProcess, startedAt: number): Promise<void> {
    try {
      await waitUntil(
        async () => {
          if (!child.isRunning() || this.stopping) {
            return;
          }
          const response = await fetch(this.service.readinessUrl, {
            signal: AbortSignal.timeout(2000),
          });
          if (response.status !== 200) {
            throw new Error(`HTTP ${response.status}`);
          }
        },
        { what: this.service.readinessUrl, timeoutMs: this.readyTimeoutMs, intervalMs: 500 },
      );
      if (child.isRunning() && !this.stopping) {
        const after = Date.now() - startedAt;
        this.events.onEvent(`ready in ${formatDuration(after)}`);
        this.resolveFirstReady(after);
      }
    } catch (error: unknown) {
      if (child.isRunning() && !this.stopping) {
        const reason = error instanceof Error ? error.message : String(error);
        this.events.onEvent(`not ready after ${formatDuration(this.readyTimeoutMs)}: ${reason}`);
        this.resolveFirstReady(undefined);
      }
    }
  }
}
