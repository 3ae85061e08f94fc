/**
 * Runs the test ledger service in its own process and SIGKILLs it at a chosen point, so crash tests
 * exercise a real process death (no shutdown hooks, no offset commit, no final flush).
 *   CRASH_AT=after-publish  dies after the relay published TARGET_EVENT_ID, before marking it sent
 *   CRASH_AT=after-commit   dies after the consumer's transaction for TARGET_EVENT_ID committed,
 *                           before its offset commit
 */
import { startLedgerService } from './ledger-service.fixture';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const crashAt = env('CRASH_AT');
const target = env('TARGET_EVENT_ID');
const die = (): Promise<void> => {
  process.stdout.write(`crashing ${crashAt}\n`);
  process.kill(process.pid, 'SIGKILL');
  return new Promise(() => undefined);
};

void startLedgerService({
  databaseUrl: env('DATABASE_URL'),
  brokers: env('KAFKA_BROKERS').split(','),
  topic: env('TOPIC'),
  group: env('GROUP'),
  consume: crashAt === 'after-commit',
  afterPublish: async (ids) =>
    crashAt === 'after-publish' && ids.includes(target) ? die() : undefined,
  afterProcess: async (eventId, outcome) =>
    crashAt === 'after-commit' && eventId === target && outcome === 'applied' ? die() : undefined,
}).then(() => process.stdout.write('ready\n'));
