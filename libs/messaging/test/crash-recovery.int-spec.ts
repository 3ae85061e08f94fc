import type { INestApplication } from '@nestjs/common';
import { ALL_EVENTS, EventCatalogue, type CloudEvent } from '@lienthong/contracts';
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
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS, newEvent, Outbox } from '../src';
import { defineAmountRecorded, LedgerProbe, LedgerTable1763900000001 } from './ledger.fixture';
import { eventIdOf, LEDGER_SERVICE, startLedgerService } from './ledger-service.fixture';

const REPO_ROOT = join(__dirname, '..', '..', '..');

interface ChildExit {
  readonly signal: NodeJS.Signals | null;
  readonly output: string;
}

/** Runs the ledger service in a child process until it kills itself at the crash point. */
function runUntilCrash(env: Record<string, string>): Promise<ChildExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['tools/run-ts.js', 'libs/messaging/test/ledger-service.child.ts'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child did not crash within 90 s:\n${output.slice(-4000)}`));
    }, 90000);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ signal, output });
    });
  });
}

describe('crash recovery when a service process is killed', () => {
  let db: TestDatabase;
  let topic: string;
  let database: Database;
  let outbox: Outbox;
  let app: INestApplication | undefined;
  const definition = () => defineAmountRecorded(topic);

  beforeAll(async () => {
    db = await createTestDatabase('crash');
    // Migrate and write outbox rows with the real kit, without a relay of our own.
    database = new Database({
      url: db.url,
      name: 'crash-test-writer',
      entities: MESSAGING_ENTITIES,
      migrations: [...MESSAGING_MIGRATIONS, LedgerTable1763900000001],
    });
    await database.connect();
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  afterAll(async () => {
    await database?.close();
    await db?.drop();
  });

  /** Each test its own topic: a new consumer group reads from the beginning and must see only its event. */
  async function useNewTopic(): Promise<void> {
    topic = uniqueTopic('test.crash');
    await createTestTopics([{ topic, numPartitions: 2 }]);
    outbox = new Outbox(new EventCatalogue([...ALL_EVENTS, definition()]));
  }

  async function writeEvent(dossier: string): Promise<CloudEvent> {
    await useNewTopic();
    const event = newEvent(definition(), {
      subject: dossier,
      source: LEDGER_SERVICE,
      correlationId: `corr-${dossier}`,
      data: { seq: 0, amount: 100 },
    });
    await database.transaction((manager) => outbox.enqueueInTx([{ topic, event }], manager));
    return event;
  }

  function crashChild(crashAt: 'after-publish' | 'after-commit', eventId: string, group: string) {
    return runUntilCrash({
      CRASH_AT: crashAt,
      TARGET_EVENT_ID: eventId,
      DATABASE_URL: db.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      TOPIC: topic,
      GROUP: group,
    });
  }

  /** Starts the service again in this process; its probe records what the consumer does. */
  async function restartService(group: string): Promise<LedgerProbe> {
    const probe = new LedgerProbe();
    app = await startLedgerService({
      databaseUrl: db.url,
      brokers: kafkaBrokers(),
      topic,
      group,
      consume: true,
      probe,
    });
    return probe;
  }

  async function ledgerCount(eventId: string): Promise<number> {
    const [{ count }]: { count: string }[] = await database.manager.query(
      'SELECT count(*) AS count FROM ledger_entry WHERE event_id = $1',
      [eventId],
    );
    return Number(count);
  }

  async function isPublished(eventId: string): Promise<boolean> {
    const [{ published }]: { published: boolean }[] = await database.manager.query(
      'SELECT published_at IS NOT NULL AS published FROM outbox_message WHERE event_id = $1',
      [eventId],
    );
    return published;
  }

  async function copiesOnTopic(eventId: string): Promise<number> {
    return (await readTopic(topic)).filter((message) => eventIdOf(message.value) === eventId)
      .length;
  }

  it('republishes after the relay is killed between publishing and marking sent, and the copy changes nothing', async () => {
    const group = `crash-relay-${randomUUID().slice(0, 8)}`;
    const event = await writeEvent('dossier-relay-killed');

    const exit = await crashChild('after-publish', event.id, group);
    expect(exit.signal).toBe('SIGKILL');
    expect(await isPublished(event.id)).toBe(false);
    expect(await copiesOnTopic(event.id)).toBe(1);

    const probe = await restartService(group);
    const outcomes = probe.outcomesOf(event.id);
    await waitFor(async () => isPublished(event.id), {
      what: 'the restarted relay to mark the row sent',
    });
    await waitFor(async () => Promise.resolve(outcomes.length === 2), {
      what: 'both copies to be consumed',
    });
    expect(await copiesOnTopic(event.id)).toBe(2);
    expect(outcomes).toEqual(['applied', 'duplicate']);
    expect(await ledgerCount(event.id)).toBe(1);
    expect(probe.calls.get(event.id)).toBe(1);
  });

  it('changes nothing when a consumer killed after its database commit, before its offset commit, gets the event again; its group resumes within seconds', async () => {
    const group = `crash-consumer-${randomUUID().slice(0, 8)}`;
    const event = await writeEvent('dossier-consumer-killed');

    const exit = await crashChild('after-commit', event.id, group);
    const killedAt = Date.now();
    expect(exit.signal).toBe('SIGKILL');
    expect(await ledgerCount(event.id)).toBe(1);

    const probe = await restartService(group);
    const outcomes = probe.outcomesOf(event.id);
    await waitFor(async () => Promise.resolve(outcomes.length > 0), {
      timeoutMs: 60000,
      what: 'the redelivery to the restarted consumer',
    });
    const resumedAfterMs = Date.now() - killedAt;
    process.stdout.write(`consumer group resumed ${resumedAfterMs} ms after the kill\n`);

    expect(outcomes).toEqual(['duplicate']);
    expect(probe.calls.has(event.id)).toBe(false);
    expect(await ledgerCount(event.id)).toBe(1);
    // With Kafka's defaults (30 s session, 60 s rebalance) the dead member would hold its partitions
    // for half a minute; CONSUMER_TIMINGS bring that to a few seconds.
    expect(resumedAfterMs).toBeLessThan(25000);
  });
});
