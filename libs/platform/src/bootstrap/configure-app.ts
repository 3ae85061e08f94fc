import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { ServiceConfig } from '../config/service.config';
import { useJsonBody } from '../http/json-body';
import { requestContextMiddleware } from '../http/request-context.middleware';
import { AppLifecycle } from '../lifecycle/app-lifecycle';
import { PLATFORM_LOGGER } from '../logging/platform-logger';
import { MetricsService } from '../metrics/metrics.service';
import { setupOpenApi } from '../openapi/setup-openapi';
import { platformRoot, type PlatformRuntime } from './platform-runtime.module';

function asExpress(app: INestApplication): NestExpressApplication {
  const candidate = app as Partial<NestExpressApplication>;
  if (typeof candidate.useBodyParser !== 'function' || typeof candidate.disable !== 'function') {
    throw new Error('The platform runs on the Express adapter (@nestjs/platform-express)');
  }
  return app as NestExpressApplication;
}

/**
 * Sets on a created, not yet initialised application what is not a provider, in the order
 * requests meet it: the request-context middleware (correlation id, request log, metrics) first,
 * so even a body that fails to parse is correlated, logged and counted; then the JSON body parser
 * with `HTTP_BODY_LIMIT_BYTES`; then the OpenAPI document at `/docs`. Nest's own logs go through
 * nestjs-pino from here on. The module must import `PlatformModule.forService(...)`.
 *
 * `bootstrapService` and `createTestApp` call it; a test building its own testing module calls
 * it to get the production pipeline: `const app = configureApp(moduleRef.createNestApplication())`.
 */
export function configureApp<T extends INestApplication>(app: T): T {
  const express = asExpress(app);
  const config = app.get(ServiceConfig);
  app.useLogger(app.get(NestPinoLogger));
  // Nest replays its buffered start-up lines only on listen(): tests never listen.
  app.flushLogs();
  express.disable('x-powered-by');
  app.use(
    requestContextMiddleware({
      logger: app.get<unknown, Logger>(PLATFORM_LOGGER),
      metrics: app.get(MetricsService),
      lifecycle: app.get(AppLifecycle),
    }),
  );
  useJsonBody(express, config.HTTP_BODY_LIMIT_BYTES);
  setupOpenApi(app, config.SERVICE_NAME);
  return app;
}

/**
 * Creates and configures an application exactly as production runs it (not yet listening).
 * Shared by `bootstrapService` and `createTestApp`.
 *
 * @throws ConfigValidationError when the runtime's environment is invalid for its config class.
 */
export async function createPlatformApp(
  appModule: Type<unknown> | DynamicModule,
  runtime: PlatformRuntime,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    platformRoot(appModule, runtime),
    // Our parser goes after our middleware (configureApp); Nest's would be first. Logs wait for
    // pino instead of going to the console; errors reject instead of aborting the process.
    { bodyParser: false, bufferLogs: true, abortOnError: false },
  );
  return configureApp(app);
}
