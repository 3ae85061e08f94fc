import { createDatabase, databaseUrl, dropDatabase } from '@lienthong/local-infra';
import { randomBytes } from 'node:crypto';
import { testPostgresAdminUrl } from './test-env';

/** A database of its own for one test file, on the run's shared PostgreSQL server. */
export interface TestDatabase {
  readonly name: string;
  /** Connection URL, as a service's DATABASE_URL. */
  readonly url: string;
  /** Drops it, closing any connection left open. */
  drop(): Promise<void>;
}

/**
 * Creates an empty database named `<prefix>_<worker>_<random>`, so files running in parallel (and
 * reruns against a kept server) never see each other's rows. Migrations are the caller's job.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const adminUrl = testPostgresAdminUrl();
  const name = testDatabaseName(prefix);
  await createDatabase(adminUrl, name);
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () => dropDatabase(adminUrl, name),
  };
}

/** Lower-case letters, digits and `_` only, at most 63 bytes: valid unquoted, never truncated. */
export function testDatabaseName(
  prefix: string,
  workerId = process.env.JEST_WORKER_ID ?? '0',
  random = randomBytes(4).toString('hex'),
): string {
  const cleaned = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const base = /^[a-z]/.test(cleaned) ? cleaned : `t_${cleaned}`;
  const suffix = `_w${workerId}_${random}`;
  return `${base.slice(0, 63 - suffix.length)}${suffix}`;
}
