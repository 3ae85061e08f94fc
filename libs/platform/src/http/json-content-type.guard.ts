import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { PLATFORM_PROBLEMS } from '../problem/problem-types';
import { ProblemException } from '../problem/problem.exception';
import type { HttpRequest } from './http.types';
import { isJsonContentType } from './json-body';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

function hasBody(req: HttpRequest): boolean {
  const length = req.headers['content-length'];
  return (
    req.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) > 0)
  );
}

/**
 * Answers 415 when a POST, PUT or PATCH carries a body that is not JSON. A guard (not a
 * middleware) so it runs only on routes that exist: an unknown route stays a 404. Registered
 * globally by `PlatformModule`.
 */
@Injectable()
export class JsonContentTypeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') {
      return true;
    }
    const req = context.switchToHttp().getRequest<HttpRequest>();
    if (
      METHODS_WITH_BODY.has(req.method ?? '') &&
      hasBody(req) &&
      !isJsonContentType(req.headers['content-type'])
    ) {
      throw ProblemException.of(
        PLATFORM_PROBLEMS.unsupportedMediaType,
        'The request body must be JSON, sent with Content-Type: application/json.',
      );
    }
    return true;
  }
}
