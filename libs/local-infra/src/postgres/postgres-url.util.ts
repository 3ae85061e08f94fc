/** The parts of a PostgreSQL connection URL. */
export interface PostgresUrlParts {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

/** `postgres://user:password@host:port/database`, each part percent-encoded. */
export function postgresUrl(parts: PostgresUrlParts): string {
  const user = encodeURIComponent(parts.user);
  const password = encodeURIComponent(parts.password);
  const database = encodeURIComponent(parts.database);
  return `postgres://${user}:${password}@${parts.host}:${parts.port}/${database}`;
}

/** `adminUrl` pointed at another database of the same server (query parameters kept). */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}
