import { readFileSync } from 'node:fs';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive } from '@lienthong/local-infra';

interface LockContent {
  readonly pid: number;
  readonly startedAt: string;
}

/**
 * The pid of the `npm start` holding `lockFile`, if it still runs. A lock left by a killed
 * launcher is stale; so is one whose pid now belongs to an unrelated process (checked through
 * /proc where it exists).
 */
export async function runningStackPid(lockFile: string): Promise<number | undefined> {
  let content: LockContent;
  try {
    content = JSON.parse(await readFile(lockFile, 'utf8')) as LockContent;
  } catch {
    return undefined;
  }
  // Our own pid in the lock is a leftover (pids repeat after a container restart), not a rival.
  return content.pid !== process.pid && isProcessAlive(content.pid) && isStackLauncher(content.pid)
    ? content.pid
    : undefined;
}

/**
 * Takes the stack's lock, or throws if another launcher holds it: two stacks on one `.local/`
 * would fight over the same data directories and ports.
 */
export async function acquireStackLock(lockFile: string): Promise<void> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  const content: LockContent = { pid: process.pid, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(lockFile, `${JSON.stringify(content)}\n`, { flag: 'wx' });
      return;
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const holder = await runningStackPid(lockFile);
    if (holder !== undefined) {
      throw new Error(
        `A stack is already running (pid ${holder}, lock ${lockFile}). Stop it first (Ctrl-C there, or kill ${holder}).`,
      );
    }
    await unlink(lockFile).catch(() => undefined);
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}

/** Releases the lock if this process holds it. */
export async function releaseStackLock(lockFile: string): Promise<void> {
  try {
    const content = JSON.parse(await readFile(lockFile, 'utf8')) as LockContent;
    if (content.pid === process.pid) {
      await unlink(lockFile);
    }
  } catch {
    // Already gone.
  }
}

function isStackLauncher(pid: number): boolean {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes('stack');
  } catch {
    // No /proc (macOS): trust the pid.
    return true;
  }
}
