import type { INestApplication } from '@nestjs/common';
import type { CloudEvent } from '@lienthong/contracts';
import { Database } from '@lienthong/persistence';
import {
  createTestDatabase,
  createTestTopics,
  kafkaBrokers,
  uniqueTopic,
  waitFor,
  type TestDatabase,
} from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { newEvent, Outbox } from '../src';
import { defineAmountRecorded, LedgerProbe } from './ledger.fixture';
import { LEDGER_SERVICE, startLedgerService } from './ledger-service.fixture';

describe('graceful shutdown of a consuming service', () => {
  let db: TestDatabase;
  let topic: string;
  const group = `shutdown-${randomUUID().slice(0, 8)}`;
  let second: INestApplication | undefined;

  beforeAll(async () => {
    db = await createTestDatabase('shutdown');
    topic = uniqueTopic('test.shutdown');
    await createTestTopics([{ topic, numPartitions: 1 }]);
  });

  afterAll(async () => {
    await second?.close();
    await db?.drop();
  });

  async function start(probe: LedgerProbe): Promise<INestApplication> {
    return startLedgerService({
      databaseUrl: db.url,
      brokers: kafkaBrokers(),
      topic,
      group,
      consume: true,
      probe,
    });
  }

  it('finishes the message in hand, commits it, and the next member does not get it again', async () => {
    const firstProbe = new LedgerProbe();
    const first = await start(firstProbe);
    const definition = defineAmountRecorded(topic);
    const slow: CloudEvent = newEvent(definition, {
      subject: 'dossier-in-flight',
      source: LEDGER_SERVICE,
      correlationId: 'corr-in-flight',
      data: { seq: 0, amount: 1, delayMs: 1500 },
    });
    await first
      .get(Database)
      .transaction((manager) => first.get(Outbox).enqueueInTx([{ topic, event: slow }], manager));
    await waitFor(async () => Promise.resolve(firstProbe.inFlight === 1), {
      what: 'the slow event to be in the handler',
    });

    await first.close();
    expect(firstProbe.outcomes.get(slow.id)).toEqual(['applied']);

    // A new member of the group starts from the committed offset: past the slow event.
    const secondProbe = new LedgerProbe();
    second = await start(secondProbe);
    const next: CloudEvent = newEvent(definition, {
      subject: 'dossier-after-restart',
      source: LEDGER_SERVICE,
      correlationId: 'corr-after',
      data: { seq: 0, amount: 2 },
    });
    await second
      .get(Database)
      .transaction((manager) => second!.get(Outbox).enqueueInTx([{ topic, event: next }], manager));
    await waitFor(async () => Promise.resolve(secondProbe.outcomes.has(next.id)), {
      what: 'the next event on the restarted service',
    });
    expect(secondProbe.outcomes.has(slow.id)).toBe(false);
  });
});
