import { ServiceConfig } from '@lienthong/platform';

/** The service's name (logs, metrics label, OpenAPI title) and its port in the local stack. */
export const DOSSIER_SERVICE = { serviceName: 'dossier-service', defaultPort: 3000 } as const;

/**
 * Environment of this service, validated at boot: the platform's variables, and the service's
 * own (database, Kafka, integrations) once declared here.
 */
export class DossierServiceConfig extends ServiceConfig {}
