import {
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { HealthRegistry } from '@lienthong/platform';
import { Database, type DatabaseOptions } from './database';

/** How an app gives its database options (usually from its validated config). */
export interface PersistenceModuleOptions {
  readonly imports?: ModuleMetadata['imports'];
  readonly inject?: (InjectionToken | OptionalFactoryDependency)[];
  readonly useFactory: (...args: never[]) => DatabaseOptions;
}

/** Connects in the background at bootstrap, reports readiness, closes last at shutdown. */
@Injectable()
class DatabaseLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseLifecycle.name);

  constructor(
    private readonly database: Database,
    private readonly health: HealthRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.health.register('database', () => this.database.check());
    // Not awaited on purpose: the HTTP server must come up (live, not ready) while the database is down.
    this.database.connect().catch((error: unknown) => this.logger.error(error));
  }

  // onApplicationShutdown runs after every beforeApplicationShutdown hook, so consumers and the
  // outbox relay have stopped and flushed before the pool closes.
  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/** Gives an app its own PostgreSQL database as an injectable `Database`. */
@Module({})
export class PersistenceModule {
  static forRootAsync(options: PersistenceModuleOptions): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: Database,
          inject: options.inject ?? [],
          useFactory: (...args: never[]) => new Database(options.useFactory(...args)),
        },
        DatabaseLifecycle,
      ],
      exports: [Database],
    };
  }
}
