import type { INestApplication } from '@nestjs/common';
import { createDatabase, databaseUrl, dropDatabase, findFreePort } from '@lienthong/local-infra';
import {
  createTestDatabase,
  kafkaBrokers,
  testDatabaseName,
  testPostgresAdminUrl,
  uniqueTopic,
  waitFor,
} from '@lienthong/testing';
import request from 'supertest';
import { httpOf, startLedgerService } from './ledger-service.fixture';

interface Readiness {
  status: string;
  error: Record<string, { message: string }>;
}

async function readiness(app: INestApplication): Promise<{ status: number; body: Readiness }> {
  const response = await request(httpOf(app)).get('/health/ready');
  return { status: response.status, body: response.body as Readiness };
}

describe('a service whose database or Kafka is unreachable at start', () => {
  const apps: INestApplication[] = [];

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('stays alive, reports not-ready with the reason, and becomes ready once its database exists', async () => {
    const adminUrl = testPostgresAdminUrl();
    const name = testDatabaseName('late_db');
    const app = await startLedgerService({
      databaseUrl: databaseUrl(adminUrl, name),
      brokers: kafkaBrokers(),
      topic: uniqueTopic('test.late-db'),
      group: `late-db-${name}`,
      consume: false,
      waitUntilReady: false,
    });
    apps.push(app);
    try {
      await request(httpOf(app)).get('/health/live').expect(200);
      // The first connection attempt fails with PostgreSQL's own reason, which readiness shows.
      await waitFor(
        async () => {
          const { status, body } = await readiness(app);
          return status === 503 && /does not exist/.test(body.error['database']?.message ?? '');
        },
        { what: 'readiness to name the missing database' },
      );

      await createDatabase(adminUrl, name);
      await waitFor(async () => (await readiness(app)).status === 200, {
        timeoutMs: 30000,
        what: 'readiness once the database exists and is migrated',
      });
    } finally {
      await app.close();
      apps.pop();
      await dropDatabase(adminUrl, name);
    }
  });

  it('stays alive and reports Kafka as the reason while no broker answers', async () => {
    const db = await createTestDatabase('no_kafka');
    const app = await startLedgerService({
      databaseUrl: db.url,
      brokers: [`127.0.0.1:${await findFreePort()}`],
      topic: uniqueTopic('test.no-kafka'),
      group: 'no-kafka',
      consume: false,
      waitUntilReady: false,
    });
    apps.push(app);
    try {
      await waitFor(async () => (await readiness(app)).body.error?.['database'] === undefined, {
        what: 'the database to be connected',
      });
      const { status, body } = await readiness(app);
      expect(status).toBe(503);
      expect(body.error['kafka'].message).toMatch(/kafka: not connected yet/);
      expect(body.error['messaging'].message).toMatch(/not started yet/);
      await request(httpOf(app)).get('/health/live').expect(200);
      // Its own API still answers from its database.
      await request(httpOf(app)).get('/v1/dead-letters').expect(200);
    } finally {
      await app.close();
      apps.pop();
      await db.drop();
    }
  });
});
