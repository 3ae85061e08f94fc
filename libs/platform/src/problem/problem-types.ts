/** Media type of every error response (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Base of every problem `type` URI. Stable on purpose: clients branch on the type, so a slug once
 * published is never renamed; the URI identifies, it need not resolve.
 */
export const PROBLEM_TYPE_BASE = 'https://lienthong.gov.vn/problems/';

/** The full `type` URI of a problem slug (`validation-error`); an absolute URI is kept as is. */
export function problemTypeUri(slug: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(slug) ? slug : `${PROBLEM_TYPE_BASE}${slug}`;
}

/** A problem kind: the slug of its type URI, its HTTP status and its fixed title. */
export interface ProblemKind {
  readonly slug: string;
  readonly status: number;
  readonly title: string;
}

/**
 * Problems the platform itself reports. Titles never vary between occurrences (RFC 9457 §3.1.3);
 * what varies goes in `detail`.
 */
export const PLATFORM_PROBLEMS = {
  validationError: { slug: 'validation-error', status: 400, title: 'The request is not valid' },
  malformedJson: { slug: 'malformed-json', status: 400, title: 'The request body is not JSON' },
  badRequest: { slug: 'bad-request', status: 400, title: 'Bad request' },
  unauthorized: { slug: 'unauthorized', status: 401, title: 'Authentication required' },
  forbidden: { slug: 'forbidden', status: 403, title: 'Forbidden' },
  notFound: { slug: 'not-found', status: 404, title: 'Not found' },
  methodNotAllowed: { slug: 'method-not-allowed', status: 405, title: 'Method not allowed' },
  conflict: { slug: 'conflict', status: 409, title: 'Conflict' },
  payloadTooLarge: {
    slug: 'payload-too-large',
    status: 413,
    title: 'The request body is too large',
  },
  unsupportedMediaType: {
    slug: 'unsupported-media-type',
    status: 415,
    title: 'Unsupported media type',
  },
  unprocessable: { slug: 'unprocessable-content', status: 422, title: 'Unprocessable content' },
  tooManyRequests: { slug: 'too-many-requests', status: 429, title: 'Too many requests' },
  internalError: { slug: 'internal-error', status: 500, title: 'Internal error' },
  serviceUnavailable: {
    slug: 'service-unavailable',
    status: 503,
    title: 'Service unavailable',
  },
} as const satisfies Record<string, ProblemKind>;

// Kinds answering plain `HttpException`s by status; the two special 400s are chosen explicitly.
const KIND_BY_STATUS = new Map<number, ProblemKind>(
  [
    PLATFORM_PROBLEMS.badRequest,
    PLATFORM_PROBLEMS.unauthorized,
    PLATFORM_PROBLEMS.forbidden,
    PLATFORM_PROBLEMS.notFound,
    PLATFORM_PROBLEMS.methodNotAllowed,
    PLATFORM_PROBLEMS.conflict,
    PLATFORM_PROBLEMS.payloadTooLarge,
    PLATFORM_PROBLEMS.unsupportedMediaType,
    PLATFORM_PROBLEMS.unprocessable,
    PLATFORM_PROBLEMS.tooManyRequests,
    PLATFORM_PROBLEMS.internalError,
    PLATFORM_PROBLEMS.serviceUnavailable,
  ].map((kind) => [kind.status, kind]),
);

/** The generic kind of an HTTP status, for errors thrown as plain Nest `HttpException`s. */
export function problemKindForStatus(status: number): ProblemKind {
  return (
    KIND_BY_STATUS.get(status) ??
    (status >= 500
      ? PLATFORM_PROBLEMS.internalError
      : { slug: `http-${status}`, status, title: `HTTP error ${status}` })
  );
}
