import type { ManagedProcess, ProcessExit } from './managed-process';

/**
 * Waits for `ready` (a readiness probe, cancelled through its signal) while watching the process.
 * If the process exits first or the probe fails, the process is stopped and the error quotes the
 * end of its log, which is where the reason is (port taken, bad config, wrong Java, permissions).
 */
export async function waitForServerReady(args: {
  readonly name: string;
  readonly server: ManagedProcess;
  readonly logFile: string;
  readonly ready: (signal: AbortSignal) => Promise<void>;
  /** Appended to the error, e.g. a likely cause recognised in the log. */
  readonly hint?: (tail: string) => string | undefined;
}): Promise<void> {
  const abort = new AbortController();
  const outcome = await Promise.race([
    args.ready(abort.signal).then(
      () => ({ kind: 'ready' as const }),
      (error: unknown) => ({ kind: 'failed' as const, error }),
    ),
    args.server.exited.then((exit) => ({ kind: 'exited' as const, exit })),
  ]);
  abort.abort();
  if (outcome.kind === 'ready') {
    return;
  }
  if (outcome.kind === 'failed') {
    await args.server.stop();
  }
  const reason =
    outcome.kind === 'exited' ? describeExit(outcome.exit) : errorMessage(outcome.error);
  const tail = args.server.tail();
  const hint = args.hint?.(tail);
  throw new Error(
    `${args.name} did not start: ${reason}.\nLast lines of ${args.logFile}:\n${tail}` +
      (hint === undefined ? '' : `\nHint: ${hint}`),
    { cause: outcome.kind === 'failed' ? outcome.error : undefined },
  );
}

function describeExit(exit: ProcessExit): string {
  return exit.signal === null
    ? `it exited with code ${exit.code}`
    : `it was killed by ${exit.signal}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
