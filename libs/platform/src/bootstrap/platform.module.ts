import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream, Logger } from 'pino';
import { loadConfig, withDefaults } from '../config/load-config.util';
import { ServiceConfig } from '../config/service.config';
import { HealthController } from '../health/health.controller';
import { HealthRegistry } from '../health/health.registry';
import { JsonContentTypeGuard } from '../http/json-content-type.guard';
import { AppLifecycle } from '../lifecycle/app-lifecycle';
import { createPlatformLogger, PLATFORM_LOGGER } from '../logging/platform-logger';
import { MetricsController } from '../metrics/metrics.controller';
import { MetricsService } from '../metrics/metrics.service';
import { ProblemDetailsFilter } from '../problem/problem-details.filter';
import { validationPipe } from '../problem/validation.pipe';
import { CONFIG_SOURCE, type ConfigSource, LOG_DESTINATION } from './platform-runtime.module';

/** Options of {@link PlatformModule.forService}. */
export interface PlatformModuleOptions {
  /** Kebab-case service name; `SERVICE_NAME` when the environment does not set it. */
  readonly serviceName: string;
}

/**
 * The HTTP and observability ground of a service, imported once by its `AppModule`. Global:
 * - `ServiceConfig` (read from the environment `bootstrapService` or `createTestApp` gives, else
 *   from `process.env`; `SERVICE_NAME` defaults to `serviceName`),
 *   `HealthRegistry`, `MetricsService`, `AppLifecycle`, nestjs-pino's `Logger` and `PinoLogger`,
 *   the root pino logger (`PLATFORM_LOGGER`);
 * - `GET /health/live`, `GET /health/ready`, `GET /metrics`;
 * - the validation pipe, the problem-details filter and the JSON content-type guard, for every
 *   route.
 * Middlewares, the body parser and OpenAPI are set on the application by `configureApp`.
 */
@Module({})
export class PlatformModule {
  /** The module for one service's `AppModule` imports. */
  static forService(options: PlatformModuleOptions): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        TerminusModule.forRoot({ logger: false }),
        LoggerModule.forRootAsync({
          // nestjs-pino is the Nest logger and PinoLogger, writing to our root logger, without its
          // pino-http middleware: the request-context middleware logs requests (it runs before
          // the body parser), and a middleware route would hide unmatched requests' templates.
          useFactory: (logger: Logger) => ({
            pinoHttp: { logger },
            useExisting: true,
            forRoutes: [],
          }),
          inject: [PLATFORM_LOGGER],
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        {
          provide: ServiceConfig,
          // Without bootstrapService or createTestApp (a bare testing module): the process's
          // environment and the base class.
          useFactory: (source: ConfigSource | undefined) =>
            loadConfig(
              source?.schema ?? ServiceConfig,
              withDefaults(source?.env ?? process.env, {
                SERVICE_NAME: options.serviceName,
                PORT: '0',
              }),
            ),
          inject: [{ token: CONFIG_SOURCE, optional: true }],
        },
        {
          provide: PLATFORM_LOGGER,
          useFactory: (config: ServiceConfig, destination: DestinationStream | undefined) =>
            createPlatformLogger(config, destination),
          inject: [ServiceConfig, { token: LOG_DESTINATION, optional: true }],
        },
        AppLifecycle,
        HealthRegistry,
        MetricsService,
        { provide: APP_PIPE, useFactory: validationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: JsonContentTypeGuard },
      ],
      exports: [
        ServiceConfig,
        PLATFORM_LOGGER,
        AppLifecycle,
        HealthRegistry,
        MetricsService,
        LoggerModule,
      ],
    };
  }
}
