import { Inject, Injectable } from '@nestjs/common';
import type { HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import type { Logger } from 'pino';
import { AppLifecycle } from '../lifecycle/app-lifecycle';
import { PLATFORM_LOGGER } from '../logging/platform-logger';

/**
 * A readiness check: resolves when the dependency is usable, rejects with an `Error` whose
 * message says why not (it is shown in `/health/ready`, so no secrets).
 */
export type ReadinessCheck = () => Promise<void>;

/** Options of one readiness check. */
export interface ReadinessCheckOptions {
  /** A check still running after this long counts as down; defaults to 3000 ms. */
  readonly timeoutMs?: number;
}

const DEFAULT_CHECK_TIMEOUT_MS = 3000;

interface RegisteredCheck {
  readonly check: ReadinessCheck;
  readonly timeoutMs: number;
}

function reasonOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

async function withTimeout(check: ReadinessCheck, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The readiness checks of this application. Libs register theirs at start-up (typically in
 * `onModuleInit`), so the platform never imports them:
 *
 * ```ts
 * this.health.register('database', async () => { await this.dataSource.query('select 1'); });
 * ```
 *
 * `/health/ready` runs them all, concurrently, on every probe.
 */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, RegisteredCheck>();
  private readonly lastFailures = new Set<string>();

  constructor(
    @Inject(AppLifecycle) private readonly lifecycle: AppLifecycle,
    @Inject(PLATFORM_LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Adds a readiness check under a unique name (`database`, `kafka`).
   *
   * @throws Error when the name is already taken: two libs reporting under one name would hide one.
   */
  register(name: string, check: ReadinessCheck, options: ReadinessCheckOptions = {}): void {
    if (this.checks.has(name)) {
      throw new Error(`A readiness check named "${name}" is already registered`);
    }
    this.checks.set(name, { check, timeoutMs: options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS });
  }

  /** Terminus indicators for every check, plus a failing `lifecycle` one while shutting down. */
  indicators(indicator: HealthIndicatorService): HealthIndicatorFunction[] {
    const indicators: HealthIndicatorFunction[] = [...this.checks].map(
      ([name, { check, timeoutMs }]) =>
        async () => {
          const session = indicator.check(name);
          try {
            await withTimeout(check, timeoutMs);
            this.noteRecovered(name);
            return session.up();
          } catch (error: unknown) {
            const message = reasonOf(error);
            this.noteFailed(name, message);
            return session.down({ message });
          }
        },
    );
    if (this.lifecycle.isShuttingDown) {
      indicators.push(async () =>
        Promise.resolve(indicator.check('lifecycle').down({ message: 'shutting down' })),
      );
    }
    return indicators;
  }

  // Logged on change only: a probe every few seconds must not repeat the same line.
  private noteFailed(name: string, reason: string): void {
    if (!this.lastFailures.has(name)) {
      this.lastFailures.add(name);
      this.logger.warn({ check: name, reason }, 'readiness check failing');
    }
  }

  private noteRecovered(name: string): void {
    if (this.lastFailures.delete(name)) {
      this.logger.info({ check: name }, 'readiness check recovered');
    }
  }
}
