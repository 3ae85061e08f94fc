import type { Logger } from 'pino';
import { CORRELATION_ID_HEADER, CorrelationContext } from '../correlation/correlation.context';
import type { AppLifecycle } from '../lifecycle/app-lifecycle';
import type { MetricsService } from '../metrics/metrics.service';
import { type HttpRequest, type HttpResponse, type NextFunction, requestPath } from './http.types';

/** Label of requests that matched no route: raw paths would make unbounded label values. */
export const UNMATCHED_ROUTE = 'unmatched';

// Probes and scrapes hit these every few seconds: logging or timing them would drown real traffic.
const OPERATIONAL_PATH = /^\/(health|metrics|docs)(\/|-json|$)/;

/** Whether a path is one of the health, metrics or docs endpoints. */
export function isOperationalPath(path: string): boolean {
  return OPERATIONAL_PATH.test(path);
}

/** The route template that served a request (`/v1/dossiers/:id`), never the raw URL. */
export function routeTemplateOf(req: HttpRequest): string {
  const path = req.route?.path;
  return typeof path === 'string' ? `${req.baseUrl ?? ''}${path}` : UNMATCHED_ROUTE;
}

/** What the request-context middleware needs from the application. */
export interface RequestContextDeps {
  readonly logger: Logger;
  readonly metrics: MetricsService;
  readonly lifecycle: AppLifecycle;
}

/** Status recorded for a request whose client went away before the response was sent. */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * The first middleware of every request:
 * - adopts the caller's `X-Correlation-Id` (or makes one), echoes it, and runs the rest of the
 *   request inside {@link CorrelationContext} so every log line of the request carries it;
 * - once the response is finished, logs one `request completed` line (method, route template,
 *   status, duration; never the URL or body, which may hold personal data) and records the HTTP
 *   metrics, except for health, metrics and docs requests;
 * - while shutting down, asks clients to close keep-alive connections so draining ends.
 */
export function requestContextMiddleware(deps: RequestContextDeps) {
  return (req: HttpRequest, res: HttpResponse, next: NextFunction): void => {
    const startedAt = process.hrtime.bigint();
    const correlationId = CorrelationContext.resolve(req.headers[CORRELATION_ID_HEADER]);
    res.setHeader(CORRELATION_ID_HEADER, correlationId);
    if (deps.lifecycle.isShuttingDown) {
      res.setHeader('Connection', 'close');
    }
    if (!isOperationalPath(requestPath(req))) {
      // 'close' fires for finished and for aborted responses ('finish' only for the former); a
      // client that gave up is recorded as 499, nginx's "client closed request".
      res.once('close', () => {
        const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
        const observation = {
          method: req.method ?? 'UNKNOWN',
          route: routeTemplateOf(req),
          status: res.writableFinished ? res.statusCode : CLIENT_CLOSED_REQUEST,
        };
        deps.metrics.observeHttpRequest({ ...observation, seconds });
        CorrelationContext.run(correlationId, () =>
          deps.logger.info(
            { ...observation, durationMs: Math.round(seconds * 1e4) / 10 },
            'request completed',
          ),
        );
      });
    }
    CorrelationContext.run(correlationId, next);
  };
}
