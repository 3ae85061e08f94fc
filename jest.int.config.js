/**
 * Integration tests: one real Kafka broker and one real PostgreSQL server are started once for the
 * whole run (globalSetup) on free ports and a fresh data directory; every test file creates its own
 * databases and topics so files can run in parallel without seeing each other's data.
 */
// Services under test log warnings and errors only, unless the caller asks for more.
process.env.LOG_LEVEL ??= 'warn';

module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 120000,
};
