import path from 'node:path';
import { IsString, MinLength } from 'class-validator';
import { ServiceConfig } from '@lienthong/platform';

/** The service's name (logs, metrics label, OpenAPI title) and its port in the local stack. */
export const SOCIAL_INSURANCE_SERVICE = {
  serviceName: 'social-insurance-service',
  defaultPort: 3003,
} as const;

/** The monorepo root (this file is `apps/social-insurance-service/src/config/`), whatever the cwd. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/**
 * Environment of this service, validated at boot: the platform's variables, and the service's
 * own (database, Kafka, integrations) once declared here.
 */
export class SocialInsuranceServiceConfig extends ServiceConfig {
  /**
   * The register of insured people (participants and pensioners), loaded once into an empty
   * register. A relative path is taken from the repository root, not the working directory.
   */
  @MinLength(1)
  @IsString()
  SOCIAL_INSURANCE_SEED_FILE: string =
    'apps/social-insurance-service/seed/insurance-register.seed.json';
}

/** Where {@link SocialInsuranceServiceConfig.SOCIAL_INSURANCE_SEED_FILE} points, as an absolute path. */
export function seedFilePath(config: SocialInsuranceServiceConfig): string {
  return path.resolve(REPO_ROOT, config.SOCIAL_INSURANCE_SEED_FILE);
}
