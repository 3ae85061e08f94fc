import {
  findFreePorts,
  isPortInUse,
  isProcessAlive,
  processWatchdog,
  runningKafkaPid,
  runningPostgresPid,
} from '@lienthong/local-infra';
import { waitFor } from '@lienthong/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stackPaths } from '../stack-config';
import { STACK_SERVICES } from '../services';

const REPO_ROOT = join(__dirname, '..', '..', '..');

async function readyStatus(port: number): Promise<number> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health/ready`)).status;
  } catch {
    return 0;
  }
}

/**
 * What the README promises of `npm start`: on a machine with nothing running, it starts Kafka,
 * PostgreSQL and the seven services until every /health/ready answers 200, and Ctrl-C leaves no
 * process and nothing listening. It runs the real launcher on its own ports and data directory, so
 * it never meets a developer's running stack.
 */
describe('npm start', () => {
  let dataDir: string;
  let launcher: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    // The integration runs' prefix and our pid: if this run is killed, the next one removes it.
    dataDir = await mkdtemp(join(tmpdir(), `lienthong-it-${process.pid}-stack-`));
    // Run as root, PostgreSQL runs as the `postgres` user, which must be able to enter it.
    await chmod(dataDir, 0o755);
  });

  afterAll(async () => {
    if (launcher && launcher.exitCode === null) launcher.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('brings all seven services to ready, and Ctrl-C stops everything it started', async () => {
    const [kafkaPort, controllerPort, postgresPort, ...servicePorts] = await findFreePorts(
      3 + STACK_SERVICES.length,
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LIENTHONG_DATA_DIR: dataDir,
      KAFKA_PORT: String(kafkaPort),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
      POSTGRES_PORT: String(postgresPort),
      LOG_LEVEL: 'warn',
    };
    // The integration run's own servers must not be reused: this is the path of a fresh machine.
    delete env.KAFKA_BROKERS;
    delete env.DATABASE_URL;
    STACK_SERVICES.forEach(
      (service, index) => (env[service.portVariable] = String(servicePorts[index])),
    );

    launcher = spawn(process.execPath, ['tools/run-ts.js', 'tools/stack/start.ts'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    // If jest itself is killed, the watchdog stops the launcher, which stops what it started.
    if (launcher.pid !== undefined) {
      await processWatchdog().watch(launcher.pid, { signal: 'SIGINT', graceMs: 30000 });
    }
    launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      launcher?.on('exit', (code) => resolve(code)),
    );

    const ready = waitFor(
      async () =>
        (await Promise.all(servicePorts.map(readyStatus))).every((status) => status === 200),
      { timeoutMs: 150000, intervalMs: 500, what: 'all seven services to be ready' },
    );
    try {
      const first = await Promise.race([ready.then(() => 'ready' as const), exited]);
      if (first !== 'ready') throw new Error(`the launcher exited early (code ${String(first)})`);
    } catch (error: unknown) {
      throw new Error(`${String(error)}\nlauncher output:\n${output.slice(-5000)}`);
    }
    const paths = stackPaths(REPO_ROOT, { LIENTHONG_DATA_DIR: dataDir });
    const kafkaPid = runningKafkaPid(paths.kafkaDir);
    const postgresPid = runningPostgresPid(paths.postgresDir);
    expect(kafkaPid).toBeDefined();
    expect(postgresPid).toBeDefined();
    // Each service answers its operational API, on its own database and the stack's Kafka.
    const deadLetters = await fetch(`http://127.0.0.1:${servicePorts[0]}/v1/dead-letters`);
    expect(deadLetters.status).toBe(200);

    launcher.kill('SIGINT');
    const code = await Promise.race([
      exited,
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 60000).unref()),
    ]);
    expect(code).toBe(0);
    if (launcher.pid !== undefined) await processWatchdog().unwatch(launcher.pid);
    for (const port of [kafkaPort, controllerPort, postgresPort, ...servicePorts]) {
      expect({ port, inUse: await isPortInUse(port) }).toEqual({ port, inUse: false });
    }
    expect(isProcessAlive(kafkaPid ?? 0)).toBe(false);
    expect(isProcessAlive(postgresPid ?? 0)).toBe(false);
  }, 240000);
});
