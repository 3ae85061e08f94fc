import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { LogTail } from './log-tail.util';
import { processWatchdog } from './process-watchdog';

/** How a managed process ended. */
export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** What to run and how to stop it. */
export interface ManagedProcessOptions {
  /** Short name for messages, e.g. `kafka`. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Run as this user and group (root only), e.g. PostgreSQL, which refuses to run as root. */
  readonly uid?: number;
  readonly gid?: number;
  /** Every output line is appended here. */
  readonly logFile?: string;
  readonly onLine?: (line: string) => void;
  /** Graceful stop signal (SIGTERM, or SIGINT for PostgreSQL's fast shutdown). */
  readonly stopSignal: NodeJS.Signals;
  /** After this the process group gets SIGKILL. */
  readonly stopTimeoutMs: number;
  /** Order in which the watchdog stops orphans (see `WatchOptions.stage`); 0 by default. */
  readonly watchdogStage?: number;
}

/** A running child process that is stopped in order by its owner, or by the watchdog. */
export interface ManagedProcess {
  readonly pid: number;
  /** Resolves (never rejects) when the process has exited and its output is drained. */
  readonly exited: Promise<ProcessExit>;
  isRunning(): boolean;
  /** Graceful signal, SIGKILL to the group after the timeout; resolves once it has exited. */
  stop(timeoutMs?: number): Promise<ProcessExit>;
  /** The last lines of output, for error messages. */
  tail(): string;
}

/** Output drained after `exit` at most this long: a grandchild may hold the pipes open. */
const DRAIN_AFTER_EXIT_MS = 1000;

/**
 * Starts `command` detached (its own process group, so a terminal's Ctrl-C reaches only the
 * parent, which stops children in order), registers it with the process watchdog, and pipes its
 * output line by line to a log file, a callback and an in-memory tail.
 */
export async function startManagedProcess(options: ManagedProcessOptions): Promise<ManagedProcess> {
  const logStream = options.logFile === undefined ? undefined : openLog(options.logFile);
  const tail = new LogTail();
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    uid: options.uid,
    gid: options.gid,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  try {
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
  } catch (error: unknown) {
    logStream?.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot start ${options.name} (${options.command}): ${reason}`, {
      cause: error,
    });
  }
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error(`Cannot start ${options.name}: no pid`);
  }

  const onLine = (line: string): void => {
    tail.push(line);
    logStream?.write(`${line}\n`);
    options.onLine?.(line);
  };
  const drained = Promise.all([pipeLines(child.stdout, onLine), pipeLines(child.stderr, onLine)]);
  let running = true;
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      running = false;
      const result = { code, signal };
      const timer = setTimeout(() => resolve(result), DRAIN_AFTER_EXIT_MS);
      void drained.then(() => {
        clearTimeout(timer);
        resolve(result);
      });
    });
  }).then(async (result) => {
    logStream?.end();
    // A lost watchdog must not turn a clean exit into an error.
    await processWatchdog()
      .unwatch(pid)
      .catch(() => undefined);
    return result;
  });

  const watchdog = processWatchdog();
  await watchdog.watch(pid, {
    signal: options.stopSignal,
    graceMs: options.stopTimeoutMs,
    stage: options.watchdogStage,
  });

  return {
    pid,
    exited,
    isRunning: () => running,
    tail: () => tail.toString(),
    stop: async (timeoutMs = options.stopTimeoutMs) => {
      if (!running) {
        return exited;
      }
      signalProcess(pid, options.stopSignal);
      const timer = setTimeout(() => {
        // The group, not just the leader: whatever it started must go too.
        signalProcess(-pid, 'SIGKILL');
        signalProcess(pid, 'SIGKILL');
      }, timeoutMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

function openLog(file: string): WriteStream {
  mkdirSync(path.dirname(file), { recursive: true });
  const stream = createWriteStream(file, { flags: 'a' });
  // A full disk must not crash the process that owns the server.
  stream.on('error', () => undefined);
  return stream;
}

function pipeLines(stream: Readable | null, onLine: (line: string) => void): Promise<void> {
  if (stream === null) {
    return Promise.resolve();
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', onLine);
  return new Promise((resolve) => lines.once('close', resolve));
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}
