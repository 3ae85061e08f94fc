import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppLifecycle } from './app-lifecycle';

/** Signals that start a graceful shutdown. */
export const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/** What {@link shutdownGracefully} needs besides the application. */
export interface ShutdownOptions {
  readonly signal: string;
  /** After this long the process exits 1, whatever is still running. */
  readonly timeoutMs: number;
  readonly logger: Logger;
  /** `process.exit` in production; a spy in tests. */
  readonly exit: (code: number) => void;
}

// Nest's implementation passes the signal on to the hooks; its public interface omits the argument.
interface ClosableWithSignal {
  close(signal?: string): Promise<void>;
}

/** How often connections that went idle during draining are closed. */
const IDLE_SWEEP_MS = 100;

function stopAccepting(server: Server): Promise<void> {
  // Resolves once every connection has ended. close() stops listening and closes the connections
  // idle at that moment; a keep-alive connection whose request finishes later would otherwise
  // linger until the client's keep-alive timeout, hence the sweep.
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
  });
}

/**
 * Stops one application in the order that loses nothing:
 * 1. readiness answers 503 at once (the load balancer stops routing here);
 * 2. the HTTP server stops accepting and in-flight requests finish;
 * 3. Nest's hooks run (`onModuleDestroy`, `beforeApplicationShutdown`, `onApplicationShutdown`,
 *    receiving the signal): other libs stop consumers, flush the outbox, close pools there;
 * 4. the process exits 0, or 1 if that failed or took longer than `timeoutMs`.
 */
export async function shutdownGracefully(
  app: INestApplication,
  options: ShutdownOptions,
): Promise<void> {
  const { signal, timeoutMs, logger, exit } = options;
  app.get(AppLifecycle).beginShutdown();
  logger.info({ signal, timeoutMs }, 'shutting down');
  // Not unref'd: a hook stuck on a promise with no I/O behind it must still end in exit 1.
  const deadline = setTimeout(() => {
    logger.error({ timeoutMs }, 'shutdown timed out; exiting');
    exit(1);
  }, timeoutMs);
  try {
    // Requests get half the budget to finish; the rest is for the hooks (consumers, outbox flush,
    // pools), which must run even if a client holds a slow request open.
    const server = app.getHttpServer() as Server;
    const drained = await Promise.race([
      stopAccepting(server).then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs / 2).unref()),
    ]);
    if (!drained) {
      logger.warn({ afterMs: timeoutMs / 2 }, 'closing HTTP connections still open');
      server.closeAllConnections();
    }
    await (app as ClosableWithSignal).close(signal);
    logger.info('shut down');
    exit(0);
  } catch (error: unknown) {
    logger.error({ err: error }, 'shutdown failed');
    exit(1);
  } finally {
    clearTimeout(deadline);
  }
}

/** A repeat within this window is the same Ctrl-C delivered twice (terminal and npm), not a second one. */
const REPEAT_SIGNAL_WINDOW_MS = 2000;

/**
 * Runs {@link shutdownGracefully} on the first SIGTERM or SIGINT. Used instead of Nest's
 * `enableShutdownHooks()`, whose order closes the HTTP server after `beforeApplicationShutdown`:
 * here consumers and pools stop only once no request can need them. A second signal more than
 * two seconds later exits at once (a second Ctrl-C).
 */
export function handleShutdownSignals(
  app: INestApplication,
  options: Omit<ShutdownOptions, 'signal'>,
): void {
  let firstAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (firstAt === undefined) {
      firstAt = Date.now();
      void shutdownGracefully(app, { ...options, signal });
    } else if (Date.now() - firstAt >= REPEAT_SIGNAL_WINDOW_MS) {
      options.exit(130);
    }
  };
  for (const signal of SHUTDOWN_SIGNALS) {
    process.on(signal, onSignal);
  }
}
