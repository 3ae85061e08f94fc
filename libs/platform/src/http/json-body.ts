import type { NestExpressApplication } from '@nestjs/platform-express';
import { PLATFORM_PROBLEMS } from '../problem/problem-types';
import { ProblemException } from '../problem/problem.exception';
import type { HttpRequest, HttpResponse, NextFunction } from './http.types';

/** Media types read as JSON: `application/json` and any `application/*+json`. */
export const JSON_MEDIA_TYPES = ['application/json', 'application/*+json'];

/** Whether a `Content-Type` header value is one of {@link JSON_MEDIA_TYPES}. */
export function isJsonContentType(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || /^application\/[\w.!#$&^-]+\+json$/.test(mediaType);
}

/**
 * A body-parser error: `http-errors` with a status and usually a `type` code (see body-parser's
 * README); a failed decompression has no code.
 */
export interface BodyParserError {
  readonly type?: unknown;
  readonly status: number;
}

/** A client error of the body parser; anything else is ours and goes on as a 500. */
function isBodyParserClientError(error: unknown): error is BodyParserError {
  const status = (error as Partial<BodyParserError> | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function formatBytes(bytes: number): string {
  return bytes % 1_048_576 === 0
    ? `${bytes / 1_048_576} MB`
    : bytes % 1024 === 0
      ? `${bytes / 1024} kB`
      : `${bytes} bytes`;
}

/** Deeper JSON than any of our forms needs; recursion in validation would overflow long before 1 MB. */
export const MAX_JSON_DEPTH = 64;

/**
 * The deepest nesting of objects and arrays in a JSON text (strings skipped), stopping once `limit`
 * is passed. Run before parsing, so a hostile body of a few kilobytes cannot make validation or
 * transformation recurse until the stack overflows (a 500).
 */
export function jsonNestingExceeds(body: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < body.length; index += 1) {
    const byte = body[index];
    if (inString) {
      if (byte === 0x5c)
        index += 1; // backslash: skip the escaped character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (byte === 0x7d || byte === 0x5d) depth -= 1;
  }
  return false;
}

/**
 * Whether a JSON text has a string holding NUL (`\u0000`). It is valid JSON, but PostgreSQL
 * refuses it in text and jsonb, so it would otherwise surface as a 500 deep in a transaction.
 */
export function jsonHasNulCharacter(body: Buffer): boolean {
  let inString = false;
  for (let index = 0; index < body.length; index += 1) {
    const byte = body[index];
    if (!inString) {
      if (byte === 0x22) inString = true;
    } else if (byte === 0x22) inString = false;
    else if (byte === 0x5c) {
      // \u0000 (hex digits in either case are all zeros, so no case to fold)
      if (body.toString('latin1', index + 1, index + 6) === 'u0000') return true;
      index += 1;
    }
  }
  return false;
}

/** Thrown from body-parser's `verify`; http-errors keeps its status and type. */
class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
}

/** Thrown from body-parser's `verify` for a string holding NUL. */
class JsonNulCharacterError extends Error {
  readonly status = 400;
  readonly type = 'entity.nul.character';
}

/**
 * The problem for a body-parser client error (4xx). The parser's own messages are not shown: a
 * JSON syntax error quotes the start of the body, which may be personal data.
 */
export function bodyParserProblem(error: BodyParserError, limitBytes: number): ProblemException {
  switch (error.type) {
    case 'entity.parse.failed':
      return ProblemException.of(
        PLATFORM_PROBLEMS.malformedJson,
        'The request body is not valid JSON, or not an object or an array.',
      );
    case 'entity.too.deep':
      return ProblemException.of(
        PLATFORM_PROBLEMS.malformedJson,
        `The request body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels.`,
      );
    case 'entity.nul.character':
      return ProblemException.of(
        PLATFORM_PROBLEMS.badRequest,
        'Text in the request body must not contain the NUL character (\\u0000).',
      );
    case 'entity.too.large':
      return ProblemException.of(
        PLATFORM_PROBLEMS.payloadTooLarge,
        `The request body exceeds the limit of ${formatBytes(limitBytes)}.`,
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return ProblemException.of(
        PLATFORM_PROBLEMS.unsupportedMediaType,
        'The request body must be UTF-8 JSON, uncompressed or gzip, deflate or br compressed.',
      );
    default:
      return error.status >= 400 && error.status < 500
        ? ProblemException.of(PLATFORM_PROBLEMS.badRequest, 'The request body could not be read.')
        : ProblemException.of(
            PLATFORM_PROBLEMS.internalError,
            'The request body could not be read.',
          );
  }
}

/**
 * Parses JSON bodies up to `limitBytes` and turns the parser's errors into problems; installed
 * after the request-context middleware so those failures are logged and correlated too.
 */
export function useJsonBody(app: NestExpressApplication, limitBytes: number): void {
  app.useBodyParser('json', {
    limit: limitBytes,
    type: JSON_MEDIA_TYPES,
    verify: (req: { rawBody?: Buffer }, _res: unknown, body: Buffer) => {
      if (jsonNestingExceeds(body, MAX_JSON_DEPTH))
        throw new JsonTooDeepError('JSON nested too deep');
      if (jsonHasNulCharacter(body)) throw new JsonNulCharacterError('NUL in a JSON string');
      // Kept as received (Nest's RawBodyRequest shape): signatures are computed over these bytes.
      req.rawBody = body;
    },
  });
  // Four parameters make it an Express error handler: it sees only the parser's errors here.
  app.use((error: unknown, _req: HttpRequest, _res: HttpResponse, next: NextFunction) => {
    next(isBodyParserClientError(error) ? bodyParserProblem(error, limitBytes) : error);
  });
}
