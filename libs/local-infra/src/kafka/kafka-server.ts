import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { isPortInUse } from '../free-port.util';
import { startManagedProcess } from '../process/managed-process';
import { livePidFromFile } from '../process/process-alive.util';
import { waitForServerReady } from '../process/server-startup';
import { findRepoRoot } from '../repo-root.util';
import { newClusterId } from './cluster-id.util';
import { waitForKafka } from './kafka-admin';
import { ensureKafkaLibs } from './kafka-libs';
import { renderServerProperties } from './server-properties.util';

const execFileAsync = promisify(execFile);

/** Options of {@link startKafka}. */
export interface StartKafkaOptions {
  /** Holds `server.properties`, the partitions (`data/`) and, by default, `kafka.log`. Reused across runs. */
  readonly dataDir: string;
  readonly port: number;
  readonly controllerPort: number;
  /** JVM heap (-Xms = -Xmx); 512 MB by default. */
  readonly heapMb?: number;
  /** Each line the broker logs (warnings and errors only, see deploy/local/kafka/log4j2.properties). */
  readonly onLog?: (line: string) => void;
  /** Defaults to `<dataDir>/kafka.log`. */
  readonly logFile?: string;
  /** Extra `server.properties` settings. */
  readonly serverProperties?: Readonly<Record<string, string | number | boolean>>;
  /** Defaults to {@link ensureKafkaLibs}. */
  readonly libsDir?: string;
  readonly startTimeoutMs?: number;
  readonly stopTimeoutMs?: number;
}

/** A running single-node Kafka. */
export interface KafkaHandle {
  /** Bootstrap addresses for clients, e.g. `['127.0.0.1:9092']`. */
  readonly brokers: string[];
  readonly pid: number;
  readonly logFile: string;
  /** SIGTERM (controlled shutdown), SIGKILL after the stop timeout; resolves once exited. */
  stop(): Promise<void>;
}

/** Written after a successful `kafka-storage format`: without it the data directory is redone. */
const FORMATTED_MARKER = '.formatted';
const PID_FILE = 'kafka.pid';

/** Pid of a broker still running on `dataDir` (started by {@link startKafka}), if any. */
export function runningKafkaPid(dataDir: string): number | undefined {
  return livePidFromFile(path.join(dataDir, PID_FILE));
}

/**
 * Starts a single-node KRaft Kafka (broker and controller in one JVM) from the Maven jars and
 * resolves once an admin client can list topics. The first start in a data directory formats the
 * storage; later starts find the topics and offsets of the previous run.
 */
export async function startKafka(options: StartKafkaOptions): Promise<KafkaHandle> {
  const repoRoot = findRepoRoot();
  const dataDir = path.resolve(options.dataDir);
  const logDir = path.join(dataDir, 'data');
  const propertiesFile = path.join(dataDir, 'server.properties');
  const logFile = options.logFile ?? path.join(dataDir, 'kafka.log');
  const libsDir = options.libsDir ?? (await ensureKafkaLibs({ repoRoot, onLog: options.onLog }));
  const classpath = `${libsDir}${path.sep}*`;
  const java = javaCommand();

  const running = runningKafkaPid(dataDir);
  if (running !== undefined) {
    throw new Error(`A Kafka broker (pid ${running}) already runs on ${dataDir}.`);
  }
  await assertPortsFree([options.port, options.controllerPort]);
  await mkdir(dataDir, { recursive: true });
  await writeFile(
    propertiesFile,
    renderServerProperties({
      port: options.port,
      controllerPort: options.controllerPort,
      logDir,
      overrides: options.serverProperties,
    }),
  );
  if (!existsSync(path.join(dataDir, FORMATTED_MARKER))) {
    // Never formatted, or formatting was interrupted: nothing in it is worth keeping.
    await rm(logDir, { recursive: true, force: true });
    await formatStorage({ java, classpath, propertiesFile, repoRoot });
    await writeFile(path.join(dataDir, FORMATTED_MARKER), `${new Date().toISOString()}\n`);
  }

  const heapMb = options.heapMb ?? 512;
  const broker = await startManagedProcess({
    name: 'kafka',
    command: java,
    args: [
      `-Xms${heapMb}m`,
      `-Xmx${heapMb}m`,
      // Kafka's own defaults (kafka-run-class.sh), minus the ones for large production heaps.
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-XX:+ExplicitGCInvokesConcurrent',
      '-XX:-UsePerfData',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${log4jConfig(repoRoot)}`,
      // Otherwise log4j shuts down first on SIGTERM and the broker's shutdown goes unlogged.
      '-Dlog4j2.shutdownHookEnabled=false',
      '-cp',
      classpath,
      'kafka.Kafka',
      propertiesFile,
    ],
    cwd: dataDir,
    logFile,
    onLine: options.onLog,
    stopSignal: 'SIGTERM',
    stopTimeoutMs: options.stopTimeoutMs ?? 15000,
    // Orphaned, it is stopped after the services that use it.
    watchdogStage: 1,
  });

  // Lets `npm run reset` and the next start see a broker left running (see runningKafkaPid).
  const pidFile = path.join(dataDir, PID_FILE);
  await writeFile(pidFile, `${broker.pid}\n`);
  void broker.exited.then(() => rm(pidFile, { force: true }));

  const brokers = [`127.0.0.1:${options.port}`];
  await waitForServerReady({
    name: 'Kafka',
    server: broker,
    logFile,
    ready: (signal) => waitForKafka(brokers, options.startTimeoutMs ?? 60000, { signal }),
  });
  return {
    brokers,
    pid: broker.pid,
    logFile,
    stop: async () => {
      await broker.stop();
    },
  };
}

async function formatStorage(args: {
  java: string;
  classpath: string;
  propertiesFile: string;
  repoRoot: string;
}): Promise<void> {
  try {
    await execFileAsync(
      args.java,
      [
        `-Dlog4j2.configurationFile=${log4jConfig(args.repoRoot)}`,
        '-cp',
        args.classpath,
        'kafka.tools.StorageTool',
        'format',
        '--cluster-id',
        newClusterId(),
        '--config',
        args.propertiesFile,
        '--ignore-formatted',
      ],
      { timeout: 60000 },
    );
  } catch (error: unknown) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error('Java is not on the PATH (nor in JAVA_HOME): Kafka needs Java 17+.', {
        cause: error,
      });
    }
    // execFile's message already holds the command line and its stderr.
    throw new Error(`kafka-storage format failed: ${failure.message}`, { cause: error });
  }
}

async function assertPortsFree(ports: readonly number[]): Promise<void> {
  for (const port of ports) {
    if (await isPortInUse(port)) {
      throw new Error(
        `Port ${port} is already in use: is another Kafka (another \`npm start\`?) running? ` +
          'Choose other ports (KAFKA_PORT, KAFKA_CONTROLLER_PORT) or stop it.',
      );
    }
  }
}

function javaCommand(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

function log4jConfig(repoRoot: string): string {
  return path.join(repoRoot, 'deploy', 'local', 'kafka', 'log4j2.properties');
}
