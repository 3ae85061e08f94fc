import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ProblemException } from '../problem/problem.exception';
import { PLATFORM_PROBLEMS } from '../problem/problem-types';
import type { HttpRequest } from './http.types';

/** The header every POST that creates something must carry (api-conventions.md). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

// Visible ASCII, as the IETF draft allows; a UUID is what we recommend.
const ACCEPTABLE_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The request's `Idempotency-Key`, required and checked: missing or malformed gives a 400 problem
 * naming the header, like any other bad parameter.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<HttpRequest>();
  const value = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  const detail =
    value === undefined
      ? 'is required: a unique value (a UUID) per dossier, reused only to retry the same request'
      : typeof value !== 'string' || !ACCEPTABLE_KEY.test(value)
        ? 'must be 1 to 255 visible ASCII characters'
        : undefined;
  if (detail !== undefined) {
    throw ProblemException.of(
      PLATFORM_PROBLEMS.validationError,
      `The ${IDEMPOTENCY_KEY_HEADER} header ${detail}.`,
      [{ parameter: IDEMPOTENCY_KEY_HEADER, detail }],
    );
  }
  return value;
});
