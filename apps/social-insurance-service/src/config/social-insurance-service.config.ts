import { ServiceConfig } from '@lienthong/platform';

/** The service's name (logs, metrics label, OpenAPI title) and its port in the local stack. */
export const SOCIAL_INSURANCE_SERVICE = {
  serviceName: 'social-insurance-service',
  defaultPort: 3003,
} as const;

/**
 * Environment of this service, validated at boot: the platform's variables, and the service's
 * own (database, Kafka, integrations) once declared here.
 */
export class SocialInsuranceServiceConfig extends ServiceConfig {}
