// Must stay the first import: the imports below use the @lienthong/* aliases.
import './global/register-path-aliases';
import { TOPIC_SPECS } from '@lienthong/contracts';
import {
  createTopics,
  findFreePorts,
  isProcessAlive,
  startKafka,
  startPostgres,
  waitForKafka,
  waitForPostgres,
  type KafkaHandle,
  type PostgresHandle,
} from '@lienthong/local-infra';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RUN_DIR_PREFIX, saveTestInfraState } from './global/test-infra-state';
import globalTeardown from './global-teardown';

/**
 * Starts one Kafka and one PostgreSQL for the whole `jest -c jest.int.config.js` run, on free
 * ports and in a fresh directory, creates every topic of `TOPIC_SPECS`, and hands the addresses to
 * the test workers through `KAFKA_BROKERS` and `TEST_POSTGRES_ADMIN_URL` (workers inherit the
 * environment of this process). Either variable already set means "use that server": nothing is
 * started for it.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  await removeAbandonedRunDirs();
  const needKafka = !process.env.KAFKA_BROKERS;
  const needPostgres = !process.env.TEST_POSTGRES_ADMIN_URL;
  const runDir = needKafka || needPostgres ? await createRunDir() : undefined;
  const [kafkaPort, controllerPort, postgresPort] = await findFreePorts(3);

  const timings: string[] = [];
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const result = await work();
    timings.push(`${label} ${seconds(Date.now() - t0)}`);
    return result;
  };

  const [kafkaResult, postgresResult] = await Promise.allSettled([
    runDir !== undefined && needKafka
      ? timed('kafka', () =>
          startKafka({ dataDir: path.join(runDir, 'kafka'), port: kafkaPort, controllerPort }),
        )
      : undefined,
    runDir !== undefined && needPostgres
      ? timed('postgres', () =>
          startPostgres({ dataDir: path.join(runDir, 'postgres'), port: postgresPort, fast: true }),
        )
      : undefined,
  ]);
  const kafka = settledValue<KafkaHandle | undefined>(kafkaResult);
  const postgres = settledValue<PostgresHandle | undefined>(postgresResult);
  saveTestInfraState({ runDir, kafka, postgres });
  try {
    if (kafkaResult.status === 'rejected' || postgresResult.status === 'rejected') {
      throw firstRejection([kafkaResult, postgresResult]);
    }
    if (kafka !== undefined) {
      process.env.KAFKA_BROKERS = kafka.brokers.join(',');
    }
    if (postgres !== undefined) {
      process.env.TEST_POSTGRES_ADMIN_URL = postgres.adminUrl;
    }
    const brokers = (process.env.KAFKA_BROKERS ?? '').split(',');
    const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? '';
    if (kafka === undefined || postgres === undefined) {
      // Given servers are checked, not trusted: a typo should fail here, once, not in every file.
      await timed('given servers', async () => {
        await Promise.all([
          kafka === undefined ? waitForKafka(brokers, 30000) : undefined,
          postgres === undefined ? waitForPostgres(adminUrl, 30000) : undefined,
        ]);
      });
    }
    await timed('topics', () => createTopics(brokers, TOPIC_SPECS));

    console.log(
      `\n[integration] Kafka ${brokers.join(',')}${kafka ? '' : ' (given)'}, ` +
        `PostgreSQL ${new URL(adminUrl).host}${postgres ? '' : ' (given)'}; ` +
        `ready in ${seconds(Date.now() - started)} (${timings.join(', ')})`,
    );
  } catch (error: unknown) {
    // Jest does not run globalTeardown when globalSetup fails: clean up here.
    await globalTeardown();
    throw error;
  }
}

async function createRunDir(): Promise<string> {
  const runDir = await mkdtemp(path.join(os.tmpdir(), `${RUN_DIR_PREFIX}${process.pid}-`));
  // mkdtemp makes it 0700; as root, PostgreSQL runs as another user that must get through it.
  await chmod(runDir, 0o755);
  return runDir;
}

/**
 * Directories of runs whose jest process is gone (killed, Ctrl-C: then globalTeardown never ran).
 * Their servers were already stopped by the process watchdog; only the files remain.
 */
async function removeAbandonedRunDirs(): Promise<void> {
  const tmp = os.tmpdir();
  const entries = await readdir(tmp).catch(() => [] as string[]);
  await Promise.all(
    entries.map(async (entry) => {
      const match = new RegExp(`^${RUN_DIR_PREFIX}(\\d+)-`).exec(entry);
      if (match !== null && !isProcessAlive(Number(match[1]))) {
        await rm(path.join(tmp, entry), { recursive: true, force: true }).catch(() => undefined);
      }
    }),
  );
}

function settledValue<T>(result: PromiseSettledResult<T>): T | undefined {
  return result.status === 'fulfilled' ? result.value : undefined;
}

function firstRejection(results: readonly PromiseSettledResult<unknown>[]): unknown {
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  return rejected?.reason;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
