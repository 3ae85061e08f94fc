import {
  type ArgumentMetadata,
  type PipeTransform,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { toJsonPointer } from './json-pointer.util';
import { PLATFORM_PROBLEMS } from './problem-types';
import { ProblemException, type ProblemFieldError } from './problem.exception';

/** Carries class-validator's errors to `transform`, which knows where the value came from. */
class ValidationFailure extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

// forbidNonWhitelisted words it "property x should not exist"; the pointer already says which.
const UNKNOWN_FIELD = 'is not an accepted field';

function messagesOf(error: ValidationError): string[] {
  return Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
    constraint === 'whitelistValidation' ? UNKNOWN_FIELD : message,
  );
}

/**
 * Flattens class-validator's error tree into one entry per broken constraint, each located by
 * the path of property names (array items by index) from the validated object.
 */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parentPath: readonly string[] = [],
): { path: string[]; detail: string }[] {
  return errors.flatMap((error) => {
    // An empty property is the validated value itself (e.g. an array sent for an object).
    const path = error.property ? [...parentPath, error.property] : [...parentPath];
    return [
      ...messagesOf(error).map((detail) => ({ path, detail })),
      ...flattenValidationErrors(error.children ?? [], path),
    ];
  });
}

/**
 * The problem for failed validation: body fields located by JSON Pointer, query and path
 * parameters by name.
 */
export function validationProblem(
  errors: readonly ValidationError[],
  location: ArgumentMetadata['type'],
): ProblemException {
  const fieldErrors = flattenValidationErrors(errors).map(({ path, detail }): ProblemFieldError =>
    location === 'query' || location === 'param'
      ? { parameter: path.join('.'), detail }
      : { pointer: toJsonPointer(path), detail },
  );
  return ProblemException.of(
    PLATFORM_PROBLEMS.validationError,
    `${fieldErrors.length} input(s) did not validate; see errors.`,
    fieldErrors,
  );
}

class ProblemValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return (await super.transform(value, metadata)) as unknown;
    } catch (error: unknown) {
      if (error instanceof ValidationFailure) {
        throw validationProblem(error.errors, metadata.type);
      }
      throw error;
    }
  }
}

/**
 * The global validation pipe: class-validator with `whitelist`, `forbidNonWhitelisted` (unknown
 * fields are errors at their own pointer) and `transform` (handlers get DTO instances). Failures
 * become a `validation-error` problem listing every invalid input. Values are not converted
 * implicitly: a query DTO declares its numbers with `@Type(() => Number)`.
 */
export function validationPipe(): PipeTransform {
  return new ProblemValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // Rejected values may be personal data: never copied into errors (nor, so, into responses).
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailure(errors),
  });
}
