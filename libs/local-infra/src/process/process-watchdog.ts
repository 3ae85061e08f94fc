import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

/** How the watchdog stops one process if its parent dies without stopping it. */
export interface WatchOptions {
  /** Graceful signal sent to the process itself (SIGTERM for Java, SIGINT for PostgreSQL). */
  readonly signal: NodeJS.Signals;
  /** After this, the process's whole group gets SIGKILL. */
  readonly graceMs: number;
  /**
   * Lower stages are stopped first, each waited for before the next: services (0) before Kafka
   * (1) before PostgreSQL (2), the order of an orderly shutdown.
   */
  readonly stage?: number;
}

interface WatchdogMessage {
  readonly type: 'watch' | 'unwatch';
  readonly id: number;
  readonly pid: number;
  readonly signal?: NodeJS.Signals;
  readonly graceMs?: number;
  readonly stage?: number;
}

const WATCHDOG_SCRIPT = path.join(__dirname, 'watchdog.js');

/**
 * Guards the processes this Node process starts against being orphaned.
 *
 * A detached helper process (`watchdog.js`) keeps the list and stops them if this process dies:
 * exit handlers cannot do that on SIGKILL or on a crash of the runtime, and Linux's
 * parent-death signal is neither reachable from Node nor portable. Children are started detached
 * (their own process group) so that a Ctrl-C in the terminal reaches only the parent, which stops
 * them in order; the watchdog is the safety net when the parent cannot.
 */
export class ProcessWatchdog {
  private child: ChildProcess | undefined;
  private nextId = 0;
  private readonly acks = new Map<number, () => void>();
  private readonly watched = new Map<number, WatchOptions>();

  /** Registers `pid`; resolves once the watchdog has recorded it. */
  async watch(pid: number, options: WatchOptions): Promise<void> {
    this.watched.set(pid, options);
    await this.send({ type: 'watch', pid, ...options });
  }

  /** Forgets `pid`: call it once the process has exited, so a reused pid is never signalled. */
  async unwatch(pid: number): Promise<void> {
    if (!this.watched.delete(pid)) {
      return;
    }
    if (this.child === undefined) {
      return;
    }
    await this.send({ type: 'unwatch', pid });
  }

  /** Pid of the helper process, if it runs (for tests). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private async send(message: Omit<WatchdogMessage, 'id'>): Promise<void> {
    const child = this.ensureChild();
    const id = (this.nextId += 1);
    await new Promise<void>((resolve, reject) => {
      this.acks.set(id, resolve);
      child.send({ ...message, id }, (error) => {
        if (error) {
          this.acks.delete(id);
          reject(error);
        }
      });
    });
  }

  private ensureChild(): ChildProcess {
    if (this.child !== undefined) {
      return this.child;
    }
    const env = { ...process.env };
    // The helper is plain JavaScript: preloads meant for the parent (SWC, ts-node) only slow it.
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [WATCHDOG_SCRIPT, String(process.pid)], {
      detached: true,
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      env,
    });
    child.on('message', (message: { type?: string; id?: number }) => {
      if (message.type === 'ack' && message.id !== undefined) {
        this.acks.get(message.id)?.();
        this.acks.delete(message.id);
      }
    });
    child.once('exit', () => {
      if (this.child !== child) {
        return;
      }
      this.child = undefined;
      for (const ack of this.acks.values()) {
        ack();
      }
      this.acks.clear();
      // Should the helper ever die, a new one takes over the whole list at once.
      if (this.watched.size > 0) {
        this.ensureChild();
      }
    });
    child.on('error', () => undefined);
    // Neither the helper nor its channel may keep this process alive: it exists to outlive us.
    child.unref();
    child.channel?.unref();
    this.child = child;
    for (const [pid, options] of this.watched) {
      child.send({ type: 'watch', id: 0, pid, ...options });
    }
    return child;
  }
}

let shared: ProcessWatchdog | undefined;

/** The watchdog of this Node process (one helper process, however many children it guards). */
export function processWatchdog(): ProcessWatchdog {
  shared ??= new ProcessWatchdog();
  return shared;
}
