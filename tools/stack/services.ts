import type { ServiceName } from '@lienthong/contracts';

/** One service of the local stack: where its entry point is, its default port and database. */
export interface StackService {
  readonly name: ServiceName;
  readonly entry: string;
  readonly defaultPort: number;
  /** Database name inside the stack's PostgreSQL server. */
  readonly database: string;
  /** Environment variable that overrides the port, e.g. DOSSIER_SERVICE_PORT. */
  readonly portVariable: string;
  /** Environment variable that points this service at its own existing database. */
  readonly databaseUrlVariable: string;
  /** Settings of the local stack, unless the caller's environment sets them. */
  readonly localDefaults: Readonly<Record<string, string>>;
}

function service(
  name: ServiceName,
  defaultPort: number,
  localDefaults: Readonly<Record<string, string>> = {},
): StackService {
  const upper = name.replace(/-/g, '_').toUpperCase();
  return {
    name,
    entry: `apps/${name}/src/main.ts`,
    defaultPort,
    database: name.replace(/-service$/, '').replace(/-/g, '_'),
    portVariable: `${upper}_PORT`,
    databaseUrlVariable: `${upper.replace(/_SERVICE$/, '')}_DATABASE_URL`,
    localDefaults,
  };
}

/** The seven services, dossier-service first; ports are the README's. */
export const STACK_SERVICES: readonly StackService[] = [
  service('dossier-service', 3000),
  service('civil-status-service', 3001),
  service('residence-service', 3002),
  service('social-insurance-service', 3003),
  // The sandbox gateway confirms payments by itself, so a dossier with a fee completes unattended.
  service('payment-service', 3004, { PAYMENT_SANDBOX_AUTO_CONFIRM: 'true' }),
  service('notification-service', 3005),
  service('social-protection-service', 3006),
];
