import path from 'node:path';
import { IsString, MinLength } from 'class-validator';
import { ServiceConfig } from '@lienthong/platform';

/** The service's name (logs, metrics label, OpenAPI title) and its port in the local stack. */
export const SOCIAL_PROTECTION_SERVICE = {
  serviceName: 'social-protection-service',
  defaultPort: 3006,
} as const;

/** The monorepo root (this file is `apps/social-protection-service/src/config/`), whatever the cwd. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/**
 * Environment of this service, validated at boot: the platform's variables, and the service's
 * own once declared here.
 */
export class SocialProtectionServiceConfig extends ServiceConfig {
  /**
   * The register of monthly social-assistance beneficiaries, loaded once into an empty register.
   * A relative path is taken from the repository root, not the working directory.
   */
  @MinLength(1)
  @IsString()
  SOCIAL_PROTECTION_SEED_FILE: string =
    'apps/social-protection-service/seed/beneficiaries.seed.json';
}

/** Where {@link SocialProtectionServiceConfig.SOCIAL_PROTECTION_SEED_FILE} points, as an absolute path. */
export function seedFilePath(config: SocialProtectionServiceConfig): string {
  return path.resolve(REPO_ROOT, config.SOCIAL_PROTECTION_SEED_FILE);
}
