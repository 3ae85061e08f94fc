import path from 'node:path';
import { IsString, MinLength } from 'class-validator';
import { ServiceConfig } from '@lienthong/platform';

/** The service's name (logs, metrics label, OpenAPI title) and its port in the local stack. */
export const RESIDENCE_SERVICE = { serviceName: 'residence-service', defaultPort: 3002 } as const;

/** The monorepo root (this file is `apps/residence-service/src/config/`), whatever the cwd. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/**
 * Environment of this service, validated at boot: the platform's variables, and the service's
 * own (database, Kafka, integrations) once declared here.
 */
export class ResidenceServiceConfig extends ServiceConfig {
  /**
   * The population register seed, loaded once into an empty register. A relative path is taken
   * from the repository root, not the working directory.
   */
  @MinLength(1)
  @IsString()
  RESIDENCE_SEED_FILE: string = 'apps/residence-service/seed/population-register.seed.json';
}

/** Where {@link ResidenceServiceConfig.RESIDENCE_SEED_FILE} points, as an absolute path. */
export function seedFilePath(config: ResidenceServiceConfig): string {
  return path.resolve(REPO_ROOT, config.RESIDENCE_SEED_FILE);
}
