import type { CloudEvent } from '@lienthong/contracts';
import { MessagingRuntime } from '@lienthong/messaging';
import { Database } from '@lienthong/persistence';
import { createTestApp, type Environment, type TestAppOptions } from '@lienthong/platform';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { createTestDatabase, type TestDatabase } from './test-database';
import { kafkaBrokers } from './test-env';
import { createTopicNamespace } from './test-kafka';
import { waitFor } from './wait-for';

/** What {@link startServiceUnderTest} starts. */
export interface ServiceUnderTestOptions extends Pick<
  TestAppOptions,
  'module' | 'config' | 'logDestination'
> {
  /** Names its database and its topic namespace, e.g. `civil-status`. */
  readonly label: string;
  /** More environment, over `DATABASE_URL`, `KAFKA_BROKERS` and `KAFKA_TOPIC_PREFIX`. */
  readonly env?: Environment;
  /** Listens on a free port of 127.0.0.1: for a service called over real HTTP, not only by supertest. */
  readonly listen?: boolean;
}

/** One service in the test process, on its own database and topic namespace. */
export interface ServiceUnderTest {
  readonly app: NestExpressApplication;
  readonly database: TestDatabase;
  /** Its topic namespace (`KAFKA_TOPIC_PREFIX`), for {@link connectEventProducer} and `readTopic`. */
  readonly prefix: string;
  /** Its HTTP server, for supertest: `request(service.http)`. */
  readonly http: Server;
  /** Its base URL, e.g. `http://127.0.0.1:41234`, when started with `listen`. */
  readonly url?: string;
  /** The rows a query returns, on the service's database through its own pool. */
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** Waits until the service's consumer has taken in (its inbox holds) every one of these events. */
  untilConsumed(...events: CloudEvent[]): Promise<void>;
  /** Closes the app (its consumer and outbox relay stop first), then drops its database. */
  stop(): Promise<void>;
}

/**
 * Starts a service as its integration tests want it: a fresh database and topic namespace, so
 * files running in parallel never see each other's data, the app built as in production
 * (`createTestApp`), and its consumer and outbox relay running, so an event sent now is read.
 * What is created is removed again if a later step fails.
 */
export async function startServiceUnderTest(
  options: ServiceUnderTestOptions,
): Promise<ServiceUnderTest> {
  const database = await createTestDatabase(options.label);
  let app: NestExpressApplication | undefined;
  try {
    const prefix = await createTopicNamespace(options.label);
    app = await createTestApp({
      module: options.module,
      config: options.config,
      logDestination: options.logDestination,
      env: {
        DATABASE_URL: database.url,
        KAFKA_BROKERS: kafkaBrokers().join(','),
        KAFKA_TOPIC_PREFIX: prefix,
        ...options.env,
      },
    });
    if (options.listen) await app.listen(0, '127.0.0.1');
    await app.get(MessagingRuntime).whenStarted();
    return serviceUnderTest(app, database, prefix, options.listen ? await app.getUrl() : undefined);
  } catch (error: unknown) {
    await app?.close();
    await database.drop();
    throw error;
  }
}

function serviceUnderTest(
  app: NestExpressApplication,
  database: TestDatabase,
  prefix: string,
  url: string | undefined,
): ServiceUnderTest {
  const query = async <T>(sql: string, parameters?: unknown[]): Promise<T[]> =>
    app.get(Database).manager.query(sql, parameters);
  return {
    app,
    database,
    prefix,
    http: app.getHttpServer(),
    ...(url === undefined ? {} : { url }),
    query,
    untilConsumed: async (...events) => {
      const ids = [...new Set(events.map((event) => event.id))];
      await waitFor(
        async () => {
          const [{ count }] = await query<{ count: number }>(
            'SELECT count(DISTINCT event_id)::int AS count FROM inbox_message WHERE event_id = ANY($1::uuid[])',
            [ids],
          );
          return count === ids.length;
        },
        { what: `${ids.length} event(s) to be consumed` },
      );
    },
    stop: async () => {
      await app.close();
      await database.drop();
    },
  };
}
