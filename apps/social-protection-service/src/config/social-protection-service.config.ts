import { ServiceConfig } from '@lienthong/platform';

/** The service's name (logs, metrics label, OpenAPI title) and its port in the local stack. */
export const SOCIAL_PROTECTION_SERVICE = {
  serviceName: 'social-protection-service',
  defaultPort: 3006,
} as const;

/**
 * Environment of this service, validated at boot: the platform's variables, and the service's
 * own once declared here.
 */
export class SocialProtectionServiceConfig extends ServiceConfig {}
