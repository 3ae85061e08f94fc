import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import {
  ConfigValidationError,
  type Environment,
  loadConfig,
  withDefaults,
} from '../config/load-config.util';
import type { ServiceConfig } from '../config/service.config';
import { handleShutdownSignals } from '../lifecycle/graceful-shutdown';
import { createPlatformLogger, PLATFORM_LOGGER } from '../logging/platform-logger';
import { createPlatformApp } from './configure-app';

/** What a service's `main.ts` gives {@link bootstrapService}. */
export interface BootstrapOptions<C extends ServiceConfig> {
  /** The service's `AppModule` (which imports `PlatformModule.forService(...)`). */
  readonly module: Type<unknown> | DynamicModule;
  /** `SERVICE_NAME` unless the environment sets it. */
  readonly serviceName: string;
  /** `PORT` unless the environment sets it. */
  readonly defaultPort: number;
  /** The service's config class (extends `ServiceConfig`), injectable as itself. */
  readonly config: new () => C;
  /** Defaults to `process.env`. */
  readonly env?: Environment;
}

function exitProcess(code: number): never {
  process.exit(code);
}

/**
 * Starts a service: validates its environment (exit 1 listing every bad variable), creates the
 * application with `configureApp`, installs graceful shutdown on SIGTERM/SIGINT bounded by
 * `SHUTDOWN_TIMEOUT_MS`, listens on `PORT` and logs one `listening` line with the URL. A start-up
 * failure is logged as one fatal line and exits 1, so `main.ts` is `void bootstrapService(...)`.
 */
export async function bootstrapService<C extends ServiceConfig>(
  options: BootstrapOptions<C>,
): Promise<NestExpressApplication> {
  const env = withDefaults(options.env ?? process.env, {
    SERVICE_NAME: options.serviceName,
    PORT: String(options.defaultPort),
  });
  let config: C;
  try {
    // Validated here, before Nest starts, so a bad deployment ends in one readable line.
    config = loadConfig(options.config, env);
  } catch (error: unknown) {
    const bootLogger = createPlatformLogger({
      SERVICE_NAME: options.serviceName,
      LOG_LEVEL: 'info',
    });
    if (error instanceof ConfigValidationError) {
      // The variables to fix, not a stack: the mistake is in the deployment, not the code.
      bootLogger.fatal({ problems: error.problems }, error.message);
    } else {
      bootLogger.fatal({ err: error }, 'invalid configuration');
    }
    return exitProcess(1);
  }
  let logger: Logger = createPlatformLogger(config);
  try {
    const app = await createPlatformApp(options.module, { schema: options.config, env });
    logger = app.get<unknown, Logger>(PLATFORM_LOGGER);
    handleShutdownSignals(app, {
      timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      logger,
      exit: exitProcess,
    });
    await app.listen(config.PORT);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
    logger.info({ url: `http://localhost:${port}`, port }, 'listening');
    return app;
  } catch (error: unknown) {
    logger.fatal({ err: error }, 'failed to start');
    return exitProcess(1);
  }
}
