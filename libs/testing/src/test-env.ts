/**
 * The servers of the integration run, from the environment global-setup wrote. The only place
 * test helpers read it.
 */
function required(name: 'KAFKA_BROKERS' | 'TEST_POSTGRES_ADMIN_URL'): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run integration tests with \`jest -c jest.int.config.js\` ` +
        '(its globalSetup starts Kafka and PostgreSQL), or set it to an existing server.',
    );
  }
  return value;
}

/** Bootstrap brokers of the run's Kafka, e.g. `['127.0.0.1:40123']`. */
export function kafkaBrokers(): string[] {
  return required('KAFKA_BROKERS')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
}

/** Superuser URL of the run's PostgreSQL (`postgres` database). */
export function testPostgresAdminUrl(): string {
  return required('TEST_POSTGRES_ADMIN_URL');
}
