import type { INestApplication } from '@nestjs/common';
import { deadLetterTopic, MessageDeadLetteredV1, type CloudEvent } from '@lienthong/contracts';
import { Database } from '@lienthong/persistence';
import {
  createTestDatabase,
  createTestTopics,
  kafkaBrokers,
  readTopic,
  uniqueTopic,
  waitFor,
  type TestDatabase,
} from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import request from 'supertest';
import { newEvent, Outbox, type ProcessOutcome } from '../src';
import { defineAmountRecorded, LedgerProbe, type AmountRecorded } from './ledger.fixture';
import { eventIdOf, httpOf, LEDGER_SERVICE, startLedgerService } from './ledger-service.fixture';

const SERVICE = LEDGER_SERVICE;

interface Faults {
  relayAfterPublish?: (eventIds: readonly string[]) => Promise<void>;
  consumerAfterProcess?: (eventId: string | undefined, outcome: ProcessOutcome) => Promise<void>;
}

describe('the messaging kit on a real Kafka broker and a real PostgreSQL', () => {
  let db: TestDatabase;
  let topic: string;
  let AmountRecordedV1: AmountRecorded;
  let probe: LedgerProbe;
  let app: INestApplication;
  let database: Database;
  let outbox: Outbox;
  const faults: Faults = {};
  const group = `messaging-test-${randomUUID().slice(0, 8)}`;

  async function startService(): Promise<INestApplication> {
    return startLedgerService({
      databaseUrl: db.url,
      brokers: kafkaBrokers(),
      topic,
      group,
      consume: true,
      probe,
      afterPublish: async (ids) => faults.relayAfterPublish?.(ids),
      afterProcess: async (eventId, outcome) => faults.consumerAfterProcess?.(eventId, outcome),
    });
  }

  function amountRecorded(dossier: string, data: Record<string, unknown>): CloudEvent {
    return newEvent(AmountRecordedV1, {
      subject: dossier,
      source: SERVICE,
      correlationId: `corr-${dossier}`,
      data: data as never,
    });
  }

  async function publish(events: readonly CloudEvent[]): Promise<void> {
    await database.transaction((manager) =>
      outbox.enqueueInTx(
        events.map((event) => ({ topic, event })),
        manager,
      ),
    );
  }

  async function ledgerCount(eventId: string): Promise<number> {
    const [{ count }]: { count: string }[] = await database.manager.query(
      'SELECT count(*) AS count FROM ledger_entry WHERE event_id = $1',
      [eventId],
    );
    return Number(count);
  }

  async function rawProducerSend(key: string, value: string): Promise<void> {
    const producer = new Kafka({ clientId: 'poison-test', brokers: kafkaBrokers() }).producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key, value }] });
    await producer.disconnect();
  }

  beforeAll(async () => {
    db = await createTestDatabase('messaging');
    topic = uniqueTopic('test.amounts');
    await createTestTopics([{ topic, numPartitions: 4 }]);
    AmountRecordedV1 = defineAmountRecorded(topic);
    probe = new LedgerProbe();
    app = await startService();
    database = app.get(Database);
    outbox = app.get(Outbox);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('publishes nothing from a rolled-back transaction, and what was committed', async () => {
    const rolledBack = amountRecorded('dossier-rollback', { seq: 0, amount: 1 });
    await expect(
      database.transaction(async (manager) => {
        await outbox.enqueueInTx([{ topic, event: rolledBack }], manager);
        throw new Error('the state change failed after the event was written');
      }),
    ).rejects.toThrow('state change failed');
    const committed = amountRecorded('dossier-rollback', { seq: 1, amount: 2 });
    await publish([committed]);

    await waitFor(async () => (await ledgerCount(committed.id)) === 1, {
      what: 'the committed event',
    });
    const onTopic = (await readTopic(topic)).map((message) => eventIdOf(message.value));
    expect(onTopic).toContain(committed.id);
    expect(onTopic).not.toContain(rolledBack.id);
    expect(probe.calls.has(rolledBack.id)).toBe(false);
  });

  it('redelivers after the relay dies between publishing and marking sent, and the redelivery changes nothing', async () => {
    const event = amountRecorded('dossier-relay-crash', { seq: 0, amount: 10 });
    let crashes = 0;
    faults.relayAfterPublish = async (ids) => {
      if (ids.includes(event.id) && crashes === 0) {
        crashes += 1;
        throw new Error('relay killed after publishing, before marking sent');
      }
      return Promise.resolve();
    };
    try {
      await publish([event]);
      await waitFor(
        async () => {
          const [{ published }]: { published: boolean }[] = await database.manager.query(
            'SELECT published_at IS NOT NULL AS published FROM outbox_message WHERE event_id = $1',
            [event.id],
          );
          return published;
        },
        { what: 'the outbox row to be marked sent after the restart' },
      );
      await waitFor(
        async () =>
          (await readTopic(topic)).filter((m) => eventIdOf(m.value) === event.id).length === 2,
        { what: 'the event to be on the topic twice' },
      );
      await waitFor(async () => (await ledgerCount(event.id)) === 1, { what: 'the ledger entry' });
      // Both copies have been consumed once the offset passed them; the handler ran once.
      await waitFor(async () => Promise.resolve(probe.calls.get(event.id) === 1), {
        what: 'one handler call',
      });
      expect(crashes).toBe(1);
      expect(await ledgerCount(event.id)).toBe(1);
    } finally {
      faults.relayAfterPublish = undefined;
    }
  });

  it('changes nothing when a consumer dies after its database commit but before its offset commit', async () => {
    const event = amountRecorded('dossier-consumer-crash', { seq: 0, amount: 20 });
    const outcomes: ProcessOutcome[] = [];
    faults.consumerAfterProcess = async (eventId, outcome) => {
      if (eventId !== event.id) return;
      outcomes.push(outcome);
      if (outcomes.length === 1) throw new Error('consumer killed before committing its offset');
      return Promise.resolve();
    };
    try {
      await publish([event]);
      await waitFor(async () => Promise.resolve(outcomes.length >= 2), {
        timeoutMs: 60000,
        what: 'the message to be delivered again',
      });
      expect(outcomes.slice(0, 2)).toEqual(['applied', 'duplicate']);
      expect(await ledgerCount(event.id)).toBe(1);
      expect(probe.calls.get(event.id)).toBe(1);
    } finally {
      faults.consumerAfterProcess = undefined;
    }
  });

  it('sets poison messages aside with their reason while the next events are processed', async () => {
    const key = 'dossier-poison';
    await rawProducerSend(key, '{not json');
    // PostgreSQL text cannot hold U+0000: the dead letter must still be written.
    await rawProducerSend(key, 'Nguyen\u0000Van');
    await rawProducerSend(key, JSON.stringify({ hello: 'not a CloudEvent' }));
    const badData = amountRecorded(key, { seq: 'first', amount: 1 });
    await rawProducerSend(key, JSON.stringify(badData));
    const unknownType = {
      ...amountRecorded(key, { seq: 0, amount: 1 }),
      type: 'vn.gov.test.nobody-knows.v1',
    };
    await rawProducerSend(key, JSON.stringify(unknownType));
    const failing = amountRecorded(key, { seq: 1, amount: 1, behaviour: 'fail-always' });
    const broken = amountRecorded(key, { seq: 2, amount: 1, behaviour: 'broken-invariant' });
    const sameDossierAfter = amountRecorded(key, { seq: 3, amount: 5 });
    const otherDossier = amountRecorded('dossier-healthy', { seq: 0, amount: 7 });
    await publish([failing, broken, sameDossierAfter, otherDossier]);

    await waitFor(async () => (await ledgerCount(sameDossierAfter.id)) === 1, {
      what: 'the event after the poison',
    });
    await waitFor(async () => (await ledgerCount(otherDossier.id)) === 1, {
      what: 'the other dossier',
    });

    const page = await request(httpOf(app))
      .get('/v1/dead-letters')
      .query({ limit: 200 })
      .expect(200);
    const letters = (
      page.body as {
        items: {
          key: string;
          reason: string;
          eventId: string | null;
          attempts: number;
          error: string;
          consumer: string;
        }[];
      }
    ).items.filter((item) => item.key === key);
    const byReason = Object.fromEntries(letters.map((letter) => [letter.reason, letter]));
    expect(Object.keys(byReason).sort()).toEqual([
      'handler-failed',
      'invalid-data',
      'invalid-envelope',
      'malformed',
      'unknown-type',
    ]);
    expect(byReason['invalid-envelope'].error).toMatch(/specversion/);
    expect(byReason['malformed'].error).toMatch(/not JSON/);
    expect(letters.filter((letter) => letter.reason === 'malformed')).toHaveLength(2);
    expect(byReason['invalid-data'].error).toMatch(/\/data\/seq/);
    expect(byReason['invalid-data'].eventId).toBe(badData.id);
    expect(byReason['unknown-type'].error).toMatch(/nobody-knows/);
    const handlerFailures = letters.filter((letter) => letter.reason === 'handler-failed');
    expect(handlerFailures.map((l) => [l.eventId, l.attempts]).sort()).toEqual(
      [
        [failing.id, 3],
        [broken.id, 1],
      ].sort(),
    );
    expect(handlerFailures.find((l) => l.eventId === failing.id)?.error).toMatch(
      /closed for maintenance/,
    );
    expect(letters.every((letter) => letter.consumer === group)).toBe(true);

    // The same facts went out on the service's dead-letter topic for monitoring.
    await waitFor(
      async () => {
        const published = (await readTopic(deadLetterTopic(SERVICE)))
          .map((message) => JSON.parse(message.value ?? '{}') as CloudEvent)
          .filter((e) => e.type === MessageDeadLetteredV1.type && e.subject === key);
        return published.length === letters.length;
      },
      { what: 'the dead-letter events' },
    );
  });

  it('replays a dead letter once its cause is fixed, once only', async () => {
    const event = amountRecorded('dossier-replay', {
      seq: 0,
      amount: 30,
      behaviour: 'fail-until-fixed',
    });
    await publish([event]);
    let id = '';
    await waitFor(
      async () => {
        const page = await request(httpOf(app))
          .get('/v1/dead-letters')
          .query({ status: 'pending', limit: 200 });
        id =
          (page.body as { items: { id: string; eventId: string }[] }).items.find(
            (l) => l.eventId === event.id,
          )?.id ?? '';
        return id !== '';
      },
      { what: 'the dead letter' },
    );

    const stillBroken = await request(httpOf(app))
      .post(`/v1/dead-letters/${id}/replay`)
      .expect(422);
    expect(stillBroken.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await ledgerCount(event.id)).toBe(0);

    probe.fixed = true;
    const replayed = await request(httpOf(app)).post(`/v1/dead-letters/${id}/replay`).expect(200);
    expect(replayed.body).toEqual({ id, status: 'replayed', outcome: 'applied' });
    expect(await ledgerCount(event.id)).toBe(1);

    await request(httpOf(app)).post(`/v1/dead-letters/${id}/replay`).expect(409);
    const detail = await request(httpOf(app)).get(`/v1/dead-letters/${id}`).expect(200);
    expect(detail.body).toMatchObject({ status: 'replayed', replayAttempts: 2 });
    expect(JSON.parse((detail.body as { originalMessage: string }).originalMessage)).toMatchObject({
      id: event.id,
    });
    await request(httpOf(app)).get(`/v1/dead-letters/${randomUUID()}`).expect(404);
    const malformed = await request(httpOf(app))
      .post('/v1/dead-letters/not-an-id/replay')
      .expect(400);
    expect(malformed.body).toMatchObject({ errors: [{ parameter: 'id' }] });
  });

  it('handles the events of one dossier in order while different dossiers run concurrently', async () => {
    probe.appliedOrder = [];
    probe.maxInFlight = 0;
    const dossiers = Array.from({ length: 8 }, (_, index) => `dossier-order-${index}`);
    const perDossier = 12;
    const events: CloudEvent[] = [];
    for (let seq = 0; seq < perDossier; seq += 1) {
      for (const dossier of dossiers)
        events.push(amountRecorded(dossier, { seq, amount: seq, delayMs: 5 }));
    }
    await publish(events);
    await waitFor(async () => Promise.resolve(probe.appliedOrder.length >= events.length), {
      timeoutMs: 60000,
      what: 'every ordered event',
    });
    for (const dossier of dossiers) {
      const seqs = probe.appliedOrder
        .filter((entry) => entry.dossier === dossier)
        .map((entry) => entry.seq);
      expect(seqs).toEqual(Array.from({ length: perDossier }, (_, seq) => seq));
    }
    expect(probe.maxInFlight).toBeGreaterThan(1);
  });
});
