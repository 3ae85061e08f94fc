import { readFileSync } from 'node:fs';

/**
 * Whether a process with this pid exists. EPERM means it exists but belongs to another user
 * (PostgreSQL runs as `postgres` when we are root).
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid on the first line of `file` if that process is alive; `undefined` otherwise. */
export function livePidFromFile(file: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0].trim(), 10);
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? pid : undefined;
}
