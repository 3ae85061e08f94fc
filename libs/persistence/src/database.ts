import { Logger } from '@nestjs/common';
import { backOff } from 'exponential-backoff';
import { TypeOrmLogger } from './typeorm-logger';
import {
  DataSource,
  type EntityManager,
  type EntitySchema,
  type MigrationInterface,
} from 'typeorm';

/** An entity class (or schema) TypeORM maps. */
export type EntityClass = (new () => object) | EntitySchema;
/** A migration class, run in name order. */
export type MigrationClass = new () => MigrationInterface;

/** What a service tells the persistence lib about its database. */
export interface DatabaseOptions {
  /** postgres://user:password@host:port/database — the service's own database. */
  readonly url: string;
  /** Entity classes of the service and of the libs it uses (messaging tables). */
  readonly entities: readonly EntityClass[];
  /** Migration classes, run in order at start; never `synchronize`. */
  readonly migrations: readonly MigrationClass[];
  /** Name used in logs and readiness reasons. */
  readonly name: string;
  /** Connection pool size (default 10). */
  readonly poolSize?: number;
  /** Run migrations once connected (default true). */
  readonly runMigrations?: boolean;
}

/**
 * A service's PostgreSQL database. It connects in the background and keeps retrying, so a service
 * whose database is down at start still boots, answers /health/live and reports not-ready with the
 * reason, instead of crash-looping; once connected it runs its migrations and becomes ready.
 */
export class Database {
  private readonly logger = new Logger(Database.name);
  readonly dataSource: DataSource;
  private lastError: string | undefined = 'not connected yet';
  private stopping = false;
  private readonly readyPromise: Promise<void>;
  private resolveReady!: () => void;

  constructor(private readonly options: DatabaseOptions) {
    this.dataSource = new DataSource({
      type: 'postgres',
      url: options.url,
      entities: [...options.entities],
      migrations: [...options.migrations],
      migrationsTableName: 'schema_migration',
      migrationsTransactionMode: 'each',
      synchronize: false,
      logger: new TypeOrmLogger(),
      logging: ['warn', 'migration', 'schema'],
      maxQueryExecutionTime: 1000,
      poolSize: options.poolSize ?? 10,
      extra: { connectionTimeoutMillis: 5000, application_name: options.name },
    });
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
  }

  /** Starts connecting (in the background); resolves once connected and migrated. */
  async connect(): Promise<void> {
    await backOff(
      async () => {
        if (this.stopping) return;
        if (!this.dataSource.isInitialized) await this.dataSource.initialize();
        if (this.stopping) return;
        if (this.options.runMigrations ?? true) {
          const applied = await this.migrateUnderLock();
          if (applied.length > 0) {
            this.logger.log(
              `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`,
            );
          }
        }
      },
      {
        numOfAttempts: Number.MAX_SAFE_INTEGER,
        startingDelay: 250,
        maxDelay: 5000,
        jitter: 'full',
        retry: (error: unknown, attempt: number) => {
          this.lastError = describe(error);
          if (attempt === 1 || attempt % 10 === 0) {
            this.logger.warn(
              `database ${this.options.name} unavailable (attempt ${attempt}): ${this.lastError}`,
            );
          }
          return !this.stopping;
        },
      },
    );
    if (this.stopping) {
      // close() may have run while initialize() was in flight; do not leave the pool open.
      if (this.dataSource.isInitialized) await this.dataSource.destroy();
      return;
    }
    this.lastError = undefined;
    this.logger.log(`database ${this.options.name} connected`);
    this.resolveReady();
  }

  /**
   * TypeORM takes no lock while migrating; replicas starting together would race. A session-level
   * advisory lock makes them take turns: the second finds the migrations applied.
   */
  private async migrateUnderLock(): Promise<{ name: string }[]> {
    const session = this.dataSource.createQueryRunner();
    try {
      await session.connect();
      await session.query(`SELECT pg_advisory_lock(hashtext('schema_migration'))`);
      try {
        return await this.dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await session.query(`SELECT pg_advisory_unlock(hashtext('schema_migration'))`);
      }
    } finally {
      await session.release();
    }
  }

  /** Resolves once the database is connected and migrated. */
  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  get isReady(): boolean {
    return this.dataSource.isInitialized && this.lastError === undefined;
  }

  /** Throws with a readable reason when the database cannot serve (for /health/ready). */
  async check(): Promise<void> {
    if (!this.isReady)
      throw new Error(`database ${this.options.name}: ${this.lastError ?? 'not ready'}`);
    try {
      await this.dataSource.query('SELECT 1');
    } catch (error: unknown) {
      throw new Error(`database ${this.options.name}: ${describe(error)}`);
    }
  }

  /** Runs `work` in one transaction (READ COMMITTED). */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async close(): Promise<void> {
    this.stopping = true;
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
