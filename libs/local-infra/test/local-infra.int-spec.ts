import {
  findFreePorts,
  findRepoRoot,
  isPortInUse,
  isProcessAlive,
  startKafka,
  startPostgres,
  waitUntil,
} from '../src';
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';

// What globalSetup already proves (a fresh Kafka and PostgreSQL start and answer) is not repeated
// here: these tests cover what it does not, restarts on kept data and cleanup after a crash.
describe('local Kafka and PostgreSQL', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lienthong-local-infra-'));
    await chmod(dir, 0o755);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keep topics and databases across a restart on the same data directory, and free their ports on stop', async () => {
    const [kafkaPort, controllerPort, postgresPort] = await findFreePorts(3);
    const kafkaOptions = { dataDir: path.join(dir, 'kafka'), port: kafkaPort, controllerPort };
    const postgresOptions = { dataDir: path.join(dir, 'postgres'), port: postgresPort };

    const [kafka, postgres] = await Promise.all([
      startKafka(kafkaOptions),
      startPostgres(postgresOptions),
    ]);
    const admin = new Kafka({ brokers: kafka.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'kept', numPartitions: 3 }] });
    await admin.disconnect();
    await postgres.createDatabase('kept');
    await postgres.createDatabase('kept');
    await query(
      postgres.urlFor('kept'),
      "CREATE TABLE t (v text); INSERT INTO t VALUES ('still here')",
    );
    await Promise.all([kafka.stop(), postgres.stop()]);

    expect(await isPortInUse(kafkaPort)).toBe(false);
    expect(await isPortInUse(controllerPort)).toBe(false);
    expect(await isPortInUse(postgresPort)).toBe(false);

    const [kafkaAgain, postgresAgain] = await Promise.all([
      startKafka(kafkaOptions),
      startPostgres(postgresOptions),
    ]);
    try {
      const adminAgain = new Kafka({
        brokers: kafkaAgain.brokers,
        logLevel: logLevel.NOTHING,
      }).admin();
      await adminAgain.connect();
      const topics = await adminAgain.listTopics();
      await adminAgain.disconnect();
      expect(topics).toContain('kept');
      expect(await query(postgresAgain.urlFor('kept'), 'SELECT v FROM t')).toEqual([
        { v: 'still here' },
      ]);
    } finally {
      await Promise.all([kafkaAgain.stop(), postgresAgain.stop()]);
    }
  });

  it('do not outlive the process that started them, even when it is killed with SIGKILL', async () => {
    const ports = await findFreePorts(3);
    const repoRoot = findRepoRoot();
    const fixture = path.join(__dirname, 'fixtures', 'start-servers.fixture.ts');
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'tools', 'run-ts.js'), fixture, dir, ...ports.map(String)],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`fixture exited with ${code}`)));
    });
    const pids = JSON.parse(firstLine) as { kafka: number; postgres: number; watchdog: number };
    expect([pids.kafka, pids.postgres, pids.watchdog].every(isProcessAlive)).toBe(true);

    child.kill('SIGKILL');

    await waitUntil(
      async () => {
        const alive = [pids.kafka, pids.postgres, pids.watchdog].filter(isProcessAlive);
        const listening = (await Promise.all(ports.map((port) => isPortInUse(port)))).some(Boolean);
        if (alive.length > 0 || listening) {
          throw new Error(`still alive: ${alive.join(', ')}; listening: ${listening}`);
        }
      },
      { what: 'the orphaned servers to be stopped', timeoutMs: 30000, intervalMs: 200 },
    );
  });
});

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return (Array.isArray(result) ? (result.at(-1) as { rows: unknown[] }) : result).rows;
  } finally {
    await client.end();
  }
}
