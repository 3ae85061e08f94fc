import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import { type Environment, withDefaults } from '../config/load-config.util';
import { ServiceConfig } from '../config/service.config';
import { createPlatformApp } from './configure-app';

/** What {@link createTestApp} builds. */
export interface TestAppOptions {
  /** A module importing `PlatformModule.forService(...)`: an `AppModule` or a test module. */
  readonly module: Type<unknown> | DynamicModule;
  /** Config class; `ServiceConfig` by default. */
  readonly config?: new () => ServiceConfig;
  /**
   * The whole environment the config is read from, instead of `process.env`. `SERVICE_NAME`
   * defaults to the module's `forService({ serviceName })`, `PORT` to 0, `LOG_LEVEL` to `silent`.
   */
  readonly env?: Environment;
  /** Where log lines go (stdout by default): a capturing stream, with `LOG_LEVEL` in `env`. */
  readonly logDestination?: DestinationStream;
}

/**
 * An initialised application set up exactly like production (same middlewares, body parser,
 * pipe, filter, guard, health, metrics, docs), not listening and without signal handlers: give
 * `app.getHttpServer()` to supertest and `await app.close()` after.
 *
 * @throws ConfigValidationError when `env` is invalid for the config class.
 */
export async function createTestApp(options: TestAppOptions): Promise<NestExpressApplication> {
  const app = await createPlatformApp(options.module, {
    schema: options.config ?? ServiceConfig,
    env: withDefaults(options.env ?? {}, { LOG_LEVEL: 'silent' }),
    logDestination: options.logDestination,
  });
  await app.init();
  return app;
}
