import path from 'node:path';
import { STACK_SERVICES, type StackService } from './services';

/** Kafka of the stack: started by the launcher, or given by KAFKA_BROKERS. */
export type StackKafka =
  | {
      readonly kind: 'local';
      readonly port: number;
      readonly controllerPort: number;
      readonly dataDir: string;
    }
  | { readonly kind: 'external'; readonly brokers: readonly string[] };

/**
 * PostgreSQL of the stack: started by the launcher, given by DATABASE_URL (an admin URL where the
 * databases are created), or not needed because every service has its own `<X>_DATABASE_URL`.
 */
export type StackPostgres =
  | { readonly kind: 'local'; readonly port: number; readonly dataDir: string }
  | { readonly kind: 'external'; readonly adminUrl: string }
  | { readonly kind: 'none' };

/** One service as the launcher runs it. */
export interface StackServiceLaunch {
  readonly service: StackService;
  readonly port: number;
  /** Absolute path of its entry point. */
  readonly entry: string;
  readonly logFile: string;
  /** Its own `<X>_DATABASE_URL`, which replaces the stack's database for it. */
  readonly databaseUrlOverride: string | undefined;
}

/** Everything `npm start` needs to know, read once from the environment. */
export interface StackConfig {
  readonly repoRoot: string;
  /** `.local/`: data and logs of the stack, kept across restarts, wiped by `npm run reset`. */
  readonly localDir: string;
  readonly logsDir: string;
  readonly lockFile: string;
  readonly kafka: StackKafka;
  readonly postgres: StackPostgres;
  readonly services: readonly StackServiceLaunch[];
}

/** Ports of the README: Kafka 9092/9093, PostgreSQL 55432 (5432 is often taken). */
export const DEFAULT_PORTS = { kafka: 9092, kafkaController: 9093, postgres: 55432 } as const;

/**
 * Paths of the stack's state: under `<repo>/.local/`, or under `LIENTHONG_DATA_DIR` (so a test, or
 * a second stack on other ports, never touches a developer's running stack).
 */
export function stackPaths(
  repoRoot: string,
  env: NodeJS.ProcessEnv = {},
): {
  localDir: string;
  logsDir: string;
  lockFile: string;
  kafkaDir: string;
  postgresDir: string;
} {
  const override = nonEmpty(env.LIENTHONG_DATA_DIR);
  const localDir = override ? path.resolve(override) : path.join(repoRoot, '.local');
  return {
    localDir,
    logsDir: path.join(localDir, 'logs'),
    lockFile: path.join(localDir, 'stack.lock'),
    kafkaDir: path.join(localDir, 'kafka'),
    postgresDir: path.join(localDir, 'postgres'),
  };
}

/**
 * The stack's configuration from environment variables (see docs/local-stack.md); the launcher's
 * only reader of `process.env`. Throws on a malformed value, before anything is started.
 */
export function readStackConfig(env: NodeJS.ProcessEnv, repoRoot: string): StackConfig {
  const paths = stackPaths(repoRoot, env);
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  const kafka: StackKafka =
    brokers.length > 0
      ? { kind: 'external', brokers }
      : {
          kind: 'local',
          port: portFrom(env, 'KAFKA_PORT', DEFAULT_PORTS.kafka),
          controllerPort: portFrom(env, 'KAFKA_CONTROLLER_PORT', DEFAULT_PORTS.kafkaController),
          dataDir: paths.kafkaDir,
        };

  const services = STACK_SERVICES.map((service) => ({
    service,
    port: portFrom(env, service.portVariable, service.defaultPort),
    entry: path.join(repoRoot, service.entry),
    logFile: path.join(paths.logsDir, `${service.name}.log`),
    databaseUrlOverride: nonEmpty(env[service.databaseUrlVariable]),
  }));
  const adminUrl = nonEmpty(env.DATABASE_URL);
  const postgres: StackPostgres = services.every((s) => s.databaseUrlOverride !== undefined)
    ? { kind: 'none' }
    : adminUrl !== undefined
      ? { kind: 'external', adminUrl }
      : {
          kind: 'local',
          port: portFrom(env, 'POSTGRES_PORT', DEFAULT_PORTS.postgres),
          dataDir: paths.postgresDir,
        };

  return {
    repoRoot,
    localDir: paths.localDir,
    logsDir: paths.logsDir,
    lockFile: paths.lockFile,
    kafka,
    postgres,
    services,
  };
}

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) {
    return fallback;
  }
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${raw} is not a TCP port number`);
  }
  return port;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
