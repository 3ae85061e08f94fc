import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Inject,
  NotFoundException,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { CORRELATION_ID_HEADER, CorrelationContext } from '../correlation/correlation.context';
import { type HttpRequest, type HttpResponse, requestPath } from '../http/http.types';
import { PLATFORM_LOGGER } from '../logging/platform-logger';
import {
  PROBLEM_CONTENT_TYPE,
  PLATFORM_PROBLEMS,
  problemKindForStatus,
  problemTypeUri,
} from './problem-types';
import {
  isConvertibleToProblem,
  type ProblemFieldError,
  type ProblemInit,
  ProblemException,
} from './problem.exception';

/** The body of every error response (RFC 9457 members plus `correlationId` and `errors`). */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly correlationId?: string;
  readonly errors?: readonly ProblemFieldError[];
}

/** What a client is told about a failure it cannot fix; the log line holds the rest. */
export const INTERNAL_ERROR_DETAIL =
  'An unexpected error occurred. It has been logged; quote the correlation id when reporting it.';

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') {
    return response;
  }
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') {
    return message;
  }
  if (Array.isArray(message)) {
    return message.map(String).join('; ');
  }
  return exception.message;
}

/**
 * Maps any error to a problem. Only errors made for clients (problems, convertible errors, Nest
 * `HttpException`s below 500) have their detail shown; anything else is a generic 500.
 */
export function toProblemInit(exception: unknown): ProblemInit {
  if (exception instanceof ProblemException) {
    const { type, title, detail, errors } = exception;
    return { status: exception.getStatus(), type, title, detail, errors };
  }
  if (isConvertibleToProblem(exception)) {
    return exception.toProblem();
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    const kind = problemKindForStatus(exception.getStatus());
    return {
      status: kind.status,
      type: kind.slug,
      title: kind.title,
      detail: messageOf(exception),
    };
  }
  const kind =
    exception instanceof HttpException
      ? problemKindForStatus(exception.getStatus())
      : PLATFORM_PROBLEMS.internalError;
  return { status: kind.status, type: kind.slug, title: kind.title, detail: INTERNAL_ERROR_DETAIL };
}

// Nest's router answers an unknown route with "Cannot GET /url?query": the query is not repeated.
function isUnknownRoute(exception: unknown): boolean {
  return exception instanceof NotFoundException && /^Cannot [A-Z]+ \//.test(exception.message);
}

/**
 * The one global exception filter: every error leaves as `application/problem+json` with the
 * request path as `instance` and the correlation id. 5xx are logged with their stack.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(@Inject(PLATFORM_LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<HttpRequest>();
    const res = http.getResponse<HttpResponse>();
    const problem = toProblemInit(
      isUnknownRoute(exception)
        ? ProblemException.of(
            PLATFORM_PROBLEMS.notFound,
            `No route for ${req.method ?? ''} ${requestPath(req)}.`,
          )
        : exception,
    );
    if (problem.status >= 500) {
      this.logger.error({ err: exception, status: problem.status }, 'request failed');
    }
    if (res.headersSent) {
      // Part of a body is out: a problem can no longer be sent, only the connection cut.
      res.destroy();
      return;
    }
    const correlationId = CorrelationContext.current() ?? res.getHeader(CORRELATION_ID_HEADER);
    const body: ProblemDetails = {
      type: problemTypeUri(problem.type),
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      instance: requestPath(req),
      ...(correlationId === undefined ? {} : { correlationId: String(correlationId) }),
      ...(problem.errors === undefined ? {} : { errors: problem.errors }),
    };
    res.statusCode = problem.status;
    res.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    res.end(JSON.stringify(body));
  }
}
