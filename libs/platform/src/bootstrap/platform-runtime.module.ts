import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import type { Environment } from '../config/load-config.util';
import { ServiceConfig } from '../config/service.config';

/** Token of the {@link ConfigSource} `PlatformModule` reads its config from. */
export const CONFIG_SOURCE = Symbol('CONFIG_SOURCE');

/** Token of the stream log lines go to, when not stdout (tests). */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

/** Which config class to validate, against which environment. */
export interface ConfigSource {
  readonly schema: new () => ServiceConfig;
  readonly env: Environment;
}

/** What `bootstrapService` and `createTestApp` hand to the application they create. */
export interface PlatformRuntime extends ConfigSource {
  readonly logDestination?: DestinationStream;
}

@Module({})
class PlatformRuntimeModule {}

@Module({})
class PlatformRootModule {}

/**
 * Wraps an `AppModule` so that `PlatformModule` reads its config from the given source (not
 * `process.env`), and the app's own config class (`DossierServiceConfig`) is injectable as the
 * same instance as `ServiceConfig`.
 */
export function platformRoot(
  appModule: Type<unknown> | DynamicModule,
  runtime: PlatformRuntime,
): DynamicModule {
  const source: ConfigSource = { schema: runtime.schema, env: runtime.env };
  // Factories rather than values: Nest hashes dynamic-module metadata, values included.
  const providers: Provider[] = [
    { provide: CONFIG_SOURCE, useFactory: () => source },
    ...(runtime.schema === ServiceConfig
      ? []
      : [{ provide: runtime.schema as Type<ServiceConfig>, useExisting: ServiceConfig }]),
    ...(runtime.logDestination === undefined
      ? []
      : [{ provide: LOG_DESTINATION, useFactory: () => runtime.logDestination }]),
  ];
  const runtimeModule: DynamicModule = {
    module: PlatformRuntimeModule,
    global: true,
    providers,
    exports: providers.map((provider) => (provider as { provide: symbol | Type }).provide),
  };
  return { module: PlatformRootModule, imports: [runtimeModule, appModule] };
}
