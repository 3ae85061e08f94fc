import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { backOff } from 'exponential-backoff';
import type { Logger } from 'pino';
import { Database } from '@lienthong/persistence';
import { HealthRegistry, PLATFORM_LOGGER } from '@lienthong/platform';
import type { InsuranceSeed } from './domain/insurance-seed.schema';
import { InsuranceRegisterRepository } from './insurance-register.repository';

/** Injection token of the seed, read and validated at boot (`readInsuranceSeedFile`). */
export const INSURANCE_SEED = Symbol('INSURANCE_SEED');

/** Name of the readiness check, and key of the advisory lock that serialises loaders. */
const CHECK_NAME = 'insurance-register';
const LOCK_KEY = 'insurance_register_seed';

/**
 * Loads the seed into an empty register once the database is ready. State survives restarts: a
 * register that already holds anyone is left alone. Readiness fails until this is settled.
 */
@Injectable()
export class InsuranceRegisterLoader implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private loaded = false;
  private stopping = false;
  private markLoaded!: () => void;
  private markAbandoned!: (error: Error) => void;
  private readonly loadedPromise = new Promise<void>((resolve, reject) => {
    this.markLoaded = resolve;
    this.markAbandoned = reject;
  });

  private readonly logger: Logger;

  constructor(
    // This application's own logger (not nestjs-pino's process-wide one): tests run several apps.
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
    @Inject(INSURANCE_SEED) private readonly seed: InsuranceSeed,
    private readonly database: Database,
    private readonly repository: InsuranceRegisterRepository,
    private readonly health: HealthRegistry,
  ) {
    this.logger = rootLogger.child({ context: InsuranceRegisterLoader.name });
    // Awaited only by commands that arrive early; an abandoned load must not be an unhandled rejection.
    this.loadedPromise.catch(() => undefined);
  }

  /**
   * Resolves once the register holds the seed (or held data already). Commands wait on it: the
   * consumer may start before the first load commits, and a pensioner not loaded yet is not
   * "not in the register". Rejects when the service stops first, so the command is given back
   * to Kafka, not answered.
   */
  whenLoaded(): Promise<void> {
    return this.loadedPromise;
  }

  onApplicationBootstrap(): void {
    this.health.register(CHECK_NAME, () =>
      this.loaded
        ? Promise.resolve()
        : Promise.reject(new Error('insurance register: seed not loaded yet')),
    );
    // Not awaited: the HTTP server comes up (live, not ready) while the database is connecting.
    this.loadWhenReady().catch((error: unknown) =>
      this.logger.error({ err: error }, 'insurance register seed not loaded'),
    );
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
    if (!this.loaded)
      this.markAbandoned(new Error('stopping before the insurance register was loaded'));
  }

  private async loadWhenReady(): Promise<void> {
    await this.database.whenReady();
    await backOff(() => this.loadOnce(), {
      numOfAttempts: Number.MAX_SAFE_INTEGER,
      startingDelay: 250,
      maxDelay: 5000,
      retry: (error: unknown, attempt: number) => {
        if (!this.stopping && (attempt === 1 || attempt % 10 === 0)) {
          this.logger.warn({ err: error, attempt }, 'loading the insurance register failed');
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
    const started = Date.now();
    const outcome = await this.database.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [LOCK_KEY]);
      const before = await this.repository.countInTx(manager);
      if (before > 0) return { loaded: false, insuredPeople: before };
      await this.repository.insertSeedInTx(this.seed, manager);
      return { loaded: true, insuredPeople: await this.repository.countInTx(manager) };
    });
    this.logger.info(
      { ...outcome, durationMs: Date.now() - started },
      outcome.loaded
        ? 'insurance register loaded from the seed file'
        : 'insurance register already holds data; seed file not loaded',
    );
    this.loaded = true;
    this.markLoaded();
  }
}
