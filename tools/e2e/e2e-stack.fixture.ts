import type { ServiceName } from '@lienthong/contracts';
import { findFreePorts, startManagedProcess, type ManagedProcess } from '@lienthong/local-infra';
import {
  createTestDatabase,
  createTopicNamespace,
  kafkaBrokers,
  type TestDatabase,
  waitFor,
} from '@lienthong/testing';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STACK_SERVICES } from '../stack/services';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The six services as separate processes on the run's Kafka and PostgreSQL, in their own namespace. */
export interface E2eStack {
  /** Base URL of a service, e.g. http://127.0.0.1:41234. */
  url(service: ServiceName): string;
  /** Its own database URL, to count rows from outside. */
  databaseUrl(service: ServiceName): string;
  /** Kills a service (SIGKILL: no graceful shutdown, as a crash would). */
  kill(service: ServiceName): Promise<void>;
  /** Starts a stopped service again with the same port, database and environment. */
  restart(service: ServiceName): Promise<void>;
  /** The last log lines of a service, for failure messages. */
  tail(service: ServiceName): string;
  close(): Promise<void>;
}

interface Running {
  readonly port: number;
  readonly database: TestDatabase;
  readonly env: NodeJS.ProcessEnv;
  process?: ManagedProcess;
}

/**
 * Starts every service of the local stack the way `npm start` does (`node tools/run-ts.js
 * apps/<service>/src/main.ts`), each with a fresh database, on free ports, with a topic namespace
 * of this test file, and waits until each is ready.
 */
export async function startE2eStack(options: {
  readonly label: string;
  /** Extra environment per service. */
  readonly env?: Partial<Record<ServiceName, Record<string, string>>>;
}): Promise<E2eStack> {
  const prefix = await createTopicNamespace(options.label);
  const logDir = await mkdtemp(path.join(tmpdir(), `lienthong-it-${process.pid}-e2e-`));
  const ports = await findFreePorts(STACK_SERVICES.length);
  const running = new Map<ServiceName, Running>();
  for (const [index, service] of STACK_SERVICES.entries()) {
    const database = await createTestDatabase(`e2e_${service.database}`);
    const port = ports[index];
    running.set(service.name, {
      port,
      database,
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        NODE_ENV: 'test',
        SERVICE_NAME: service.name,
        PORT: String(port),
        DATABASE_URL: database.url,
        KAFKA_BROKERS: kafkaBrokers().join(','),
        KAFKA_TOPIC_PREFIX: prefix,
        LOG_LEVEL: process.env['E2E_LOG_LEVEL'] ?? 'warn',
        ...options.env?.[service.name],
      },
    });
  }

  const entryOf = (name: ServiceName): string => {
    const service = STACK_SERVICES.find((candidate) => candidate.name === name);
    if (!service) throw new Error(`unknown service ${name}`);
    return service.entry;
  };
  const get = (name: ServiceName): Running => {
    const entry = running.get(name);
    if (!entry) throw new Error(`unknown service ${name}`);
    return entry;
  };

  async function start(name: ServiceName): Promise<void> {
    const entry = get(name);
    entry.process = await startManagedProcess({
      name,
      command: process.execPath,
      args: [path.join(REPO_ROOT, 'tools', 'run-ts.js'), entryOf(name)],
      cwd: REPO_ROOT,
      env: entry.env,
      logFile: path.join(logDir, `${name}.log`),
      stopSignal: 'SIGTERM',
      stopTimeoutMs: 15_000,
    });
    const child = entry.process;
    await waitFor(
      async () => {
        if (!child.isRunning()) throw new Error(`${name} exited:\n${child.tail()}`);
        const response = await fetch(`http://127.0.0.1:${entry.port}/health/ready`);
        return response.status === 200;
      },
      { what: `${name} to be ready`, timeoutMs: 90_000, intervalMs: 250 },
    );
  }

  const stack: E2eStack = {
    url: (name) => `http://127.0.0.1:${get(name).port}`,
    databaseUrl: (name) => get(name).database.url,
    async kill(name) {
      const child = get(name).process;
      if (!child) return;
      process.kill(-child.pid, 'SIGKILL');
      await child.exited;
      get(name).process = undefined;
    },
    restart: start,
    tail: (name) => get(name).process?.tail() ?? '(not running)',
    async close() {
      await Promise.all(
        [...running.values()].map((entry) => entry.process?.stop() ?? Promise.resolve()),
      );
      await Promise.all([...running.values()].map((entry) => entry.database.drop()));
    },
  };
  try {
    await Promise.all([...running.keys()].map((name) => start(name)));
  } catch (error: unknown) {
    await stack.close();
    throw error;
  }
  return stack;
}
