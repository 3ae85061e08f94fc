import { Client } from 'pg';
import { waitUntil } from '../wait-until.util';

/** PostgreSQL truncates longer identifiers, which would make two distinct names collide. */
const MAX_IDENTIFIER_LENGTH = 63;

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  // An error after connect (server stopped under us) would otherwise crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Resolves once `url` accepts a connection and answers `SELECT 1`. */
export async function waitForPostgres(
  url: string,
  timeoutMs: number,
  options: { readonly signal?: AbortSignal } = {},
): Promise<void> {
  await waitUntil(() => withClient(url, (client) => client.query('SELECT 1')), {
    what: `PostgreSQL at ${new URL(url).host}`,
    timeoutMs,
    intervalMs: 100,
    signal: options.signal,
  });
}

/**
 * Creates database `name` on the server of `adminUrl` unless it exists; returns whether it was
 * created. Idempotent, also when two processes race (one gets duplicate_database, which is fine).
 */
export async function createDatabase(adminUrl: string, name: string): Promise<boolean> {
  assertIdentifier(name);
  return withClient(adminUrl, async (client) => {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount !== 0) {
      return false;
    }
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      return true;
    } catch (error: unknown) {
      // 42P04 duplicate_database; 23505 when both inserts into pg_database race.
      const code = (error as { code?: string }).code;
      if (code === '42P04' || code === '23505') {
        return false;
      }
      throw error;
    }
  });
}

/**
 * Drops database `name` if it exists, disconnecting its sessions first (`WITH (FORCE)`,
 * PostgreSQL 13+): a test's pool that was not closed must not block the cleanup.
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  assertIdentifier(name);
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

function assertIdentifier(name: string): void {
  if (name.length === 0 || Buffer.byteLength(name) > MAX_IDENTIFIER_LENGTH) {
    throw new Error(`Database name "${name}" must be 1 to ${MAX_IDENTIFIER_LENGTH} bytes long`);
  }
}
