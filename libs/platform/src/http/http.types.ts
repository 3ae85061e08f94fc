import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The parts of an Express request the platform reads, on top of Node's: typed structurally so the
 * platform needs no Express type package.
 */
export type HttpRequest = IncomingMessage & {
  readonly originalUrl?: string;
  readonly baseUrl?: string;
  /** The matched route; its `path` is the template (`/v1/dossiers/:id`), set once routed. */
  readonly route?: { readonly path?: unknown };
};

/** Node's response, which Express extends. */
export type HttpResponse = ServerResponse;

/** Express's `next`. */
export type NextFunction = (error?: unknown) => void;

/** The request path without its query string (which may hold personal data). */
export function requestPath(req: HttpRequest): string {
  const url = req.originalUrl ?? req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
