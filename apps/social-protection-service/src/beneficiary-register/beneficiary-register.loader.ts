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
import { BeneficiaryRegisterRepository } from './beneficiary-register.repository';
import type { BeneficiarySeed } from './domain/beneficiary-seed.schema';

/** Injection token of the seed, read and validated at boot (`readBeneficiarySeedFile`). */
export const BENEFICIARY_SEED = Symbol('BENEFICIARY_SEED');

/** Name of the readiness check, and key of the advisory lock that serialises loaders. */
const CHECK_NAME = 'beneficiary-register';
const LOCK_KEY = 'beneficiary_register_seed';

/**
 * Loads the seed into an empty register once the database is ready. State survives restarts: a
 * register that already holds anyone is left alone. Readiness fails until this is settled.
 */
@Injectable()
export class BeneficiaryRegisterLoader
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

  constructor(
    // This application's own logger (not nestjs-pino's process-wide one): tests run several apps.
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
    @Inject(BENEFICIARY_SEED) private readonly seed: BeneficiarySeed,
    private readonly database: Database,
    private readonly repository: BeneficiaryRegisterRepository,
    private readonly health: HealthRegistry,
  ) {
    this.logger = rootLogger.child({ context: BeneficiaryRegisterLoader.name });
    // Awaited only by commands that arrive early; an abandoned load must not be an unhandled rejection.
    this.loadedPromise.catch(() => undefined);
  }

  /**
   * Resolves once the register holds the seed (or held data already). Commands wait on it: the
   * consumer may start before the first load commits, and a beneficiary not loaded yet is not
   * "not a beneficiary". Rejects when the service stops first, so the command is given back to
   * Kafka, not answered.
   */
  whenLoaded(): Promise<void> {
    return this.loadedPromise;
  }

  onApplicationBootstrap(): void {
    this.health.register(CHECK_NAME, () =>
      this.loaded
        ? Promise.resolve()
        : Promise.reject(new Error('beneficiary register: seed not loaded yet')),
    );
    // Not awaited: the HTTP server comes up (live, not ready) while the database is connecting.
    this.loadWhenReady().catch((error: unknown) =>
      this.logger.error({ err: error }, 'beneficiary register seed not loaded'),
    );
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
    if (!this.loaded)
      this.markAbandoned(new Error('stopping before the beneficiary register was loaded'));
  }

  private async loadWhenReady(): Promise<void> {
    await this.database.whenReady();
    await backOff(() => this.loadOnce(), {
      numOfAttempts: Number.MAX_SAFE_INTEGER,
      startingDelay: 250,
      maxDelay: 5000,
      retry: (error: unknown, attempt: number) => {
        if (!this.stopping && (attempt === 1 || attempt % 10 === 0)) {
          this.logger.warn({ err: error, attempt }, 'loading the beneficiary register failed');
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
      if (before > 0) return { loaded: false, beneficiaries: before };
      await this.repository.insertSeedInTx(this.seed, manager);
      return { loaded: true, beneficiaries: await this.repository.countInTx(manager) };
    });
    this.logger.info(
      { ...outcome, durationMs: Date.now() - started },
      outcome.loaded
        ? 'beneficiary register loaded from the seed file'
        : 'beneficiary register already holds data; seed file not loaded',
    );
    this.loaded = true;
    this.markLoaded();
  }
}
