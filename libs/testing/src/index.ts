/**
 * Helpers for integration tests (`*.int-spec.ts`), which run against the one Kafka and the one
 * PostgreSQL that `global-setup.ts` starts per jest run: every file takes its own database and
 * its own topics, so files run in parallel without seeing each other's data.
 */
export { createTestDatabase, testDatabaseName } from './test-database';
export type { TestDatabase } from './test-database';
export { kafkaBrokers, testPostgresAdminUrl } from './test-env';
export {
  connectEventProducer,
  createTestTopics,
  createTopicNamespace,
  readTopic,
  uniqueTopic,
} from './test-kafka';
export type { EventProducer, TopicRecord } from './test-kafka';
export { startServiceUnderTest } from './service-under-test';
export type { ServiceUnderTest, ServiceUnderTestOptions } from './service-under-test';
export { waitFor } from './wait-for';
export type { WaitForOptions } from './wait-for';
export { TestSmtpServer } from './test-smtp-server';
export type { ReceivedMail } from './test-smtp-server';
