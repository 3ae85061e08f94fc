import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { backOff } from 'exponential-backoff';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { HealthRegistry } from '@lienthong/platform';
import type { Database } from '../database';

/** What a register tells {@link RegisterSeedLoader}: its name, and how to count and fill it. */
export interface RegisterSeedLoaderOptions {
  /**
   * The register in kebab case, e.g. `population-register`: the name of its readiness check; with
   * spaces, the name logs and errors give it; with underscores and `_seed`, the key of the
   * advisory lock. Changing it changes the lock, so replicas of two versions would not queue.
   */
  readonly name: string;
  /** The application's own logger (`PLATFORM_LOGGER`), not nestjs-pino's process-wide one. */
  readonly logger: Logger;
  /** The service's database: loading starts once it is connected and migrated. */
  readonly database: Pick<Database, 'whenReady' | 'transaction'>;
  /** Where the register's readiness check goes. */
  readonly health: Pick<HealthRegistry, 'register'>;
  /**
   * Rows in the register, by what logs call them (`{ residents: 5 }`); all zero means empty.
   * Runs in the loading transaction, under the lock.
   */
  readonly countInTx: (manager: EntityManager) => Promise<Readonly<Record<string, number>>>;
  /** Inserts the whole seed in the loading transaction. */
  readonly insertSeedInTx: (manager: EntityManager) => Promise<void>;
}

/**
 * Loads a seed into an empty register once the database is ready. State survives restarts: a
 * register that already holds anyone is left alone. Its readiness check fails until this is
 * settled. Each register extends it with an injectable class, the token its services await:
 *
 * ```ts
 * @Injectable()
 * export class PopulationRegisterLoader extends RegisterSeedLoader {
 *   constructor(...) { super({ name: 'population-register', ... }); }
 * }
 * ```
 */
export abstract class RegisterSeedLoader
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private loaded = false;
  private stopping = false;
  private markLoaded!: () => void;
  private markAbandoned!: (error: Error) => void;
  private readonly loadedPromise = new Promise<void>((resolve, reject) => {
    this.markLoaded = resolve;
    this.markAbandoned = reject;
  });

  private readonly logger: Logger;
  /** The register as logs and errors name it, e.g. `population register`. */
  private readonly register: string;

  protected constructor(private readonly options: RegisterSeedLoaderOptions) {
    this.logger = options.logger.child({ context: new.target.name });
    this.register = options.name.replace(/-/g, ' ');
    // Awaited only by commands that arrive early; an abandoned load must not be an unhandled rejection.
    this.loadedPromise.catch(() => undefined);
  }

  /**
   * Resolves once the register holds the seed (or held data already). Commands wait on it: the
   * consumer may start before the first load commits, and someone not loaded yet is not "not in
   * the register". Rejects when the service stops first, so the command is given back to Kafka,
   * not answered.
   */
  whenLoaded(): Promise<void> {
    return this.loadedPromise;
  }

  onApplicationBootstrap(): void {
    this.options.health.register(this.options.name, () =>
      this.loaded
        ? Promise.resolve()
        : Promise.reject(new Error(`${this.register}: seed not loaded yet`)),
    );
    // Not awaited: the HTTP server comes up (live, not ready) while the database is connecting.
    this.loadWhenReady().catch((error: unknown) =>
      this.logger.error({ err: error }, `${this.register} seed not loaded`),
    );
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
    if (!this.loaded)
      this.markAbandoned(new Error(`stopping before the ${this.register} was loaded`));
  }

  private async loadWhenReady(): Promise<void> {
    await this.options.database.whenReady();
    await backOff(() => this.loadOnce(), {
      numOfAttempts: Number.MAX_SAFE_INTEGER,
      startingDelay: 250,
      maxDelay: 5000,
      retry: (error: unknown, attempt: number) => {
        if (!this.stopping && (attempt === 1 || attempt % 10 === 0)) {
          this.logger.warn({ err: error, attempt }, `loading the ${this.register} failed`);
        }
        return !this.stopping;
      },
    });
  }

  /**
   * One transaction under a transaction-level advisory lock: replicas starting together queue
   * on the lock, and the second finds the register full and does nothing. All or nothing, so a
   * crash mid-load leaves an empty register that the next start loads again.
   */
  private async loadOnce(): Promise<void> {
    if (this.stopping) return;
    const { countInTx, insertSeedInTx } = this.options;
    const lockKey = `${this.options.name.replace(/-/g, '_')}_seed`;
    const started = Date.now();
    const outcome = await this.options.database.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [lockKey]);
      const before = await countInTx(manager);
      if (Object.values(before).some((rows) => rows > 0)) return { loaded: false, ...before };
      await insertSeedInTx(manager);
      return { loaded: true, ...(await countInTx(manager)) };
    });
    this.logger.info(
      { ...outcome, durationMs: Date.now() - started },
      outcome.loaded
        ? `${this.register} loaded from the seed file`
        : `${this.register} already holds data; seed file not loaded`,
    );
    this.loaded = true;
    this.markLoaded();
  }
}
