import { HttpException } from '@nestjs/common';
import type { ProblemKind } from './problem-types';

/**
 * One invalid input: `pointer` is a JSON Pointer (RFC 6901) into the request body, `parameter`
 * names a query or path parameter.
 */
export type ProblemFieldError =
  | { readonly pointer: string; readonly detail: string }
  | { readonly parameter: string; readonly detail: string };

/** What a problem says, in plain data: what a domain error maps to. */
export interface ProblemInit {
  /** HTTP status, 4xx or 5xx. */
  readonly status: number;
  /** Slug of the type URI (`dossier-not-found`), appended to `PROBLEM_TYPE_BASE`. */
  readonly type: string;
  /** Short summary, the same for every occurrence of this type. */
  readonly title: string;
  /** This occurrence, for a human: what is wrong and, when possible, how to fix it. */
  readonly detail: string;
  /** Each invalid input, for validation-like problems. */
  readonly errors?: readonly ProblemFieldError[];
}

/**
 * An error the global filter answers with `application/problem+json`, as given: its detail is
 * meant for the client, so it must not hold internals.
 *
 * Module `*.error.ts` classes either extend it or implement {@link ConvertibleToProblem}, mapping
 * their string-enum code to a problem in an exhaustive switch.
 */
export class ProblemException extends HttpException {
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors?: readonly ProblemFieldError[];

  constructor(init: ProblemInit) {
    super(init.detail, init.status);
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
  }

  /** A problem of one of the platform's kinds (`PLATFORM_PROBLEMS`). */
  static of(
    kind: ProblemKind,
    detail: string,
    errors?: readonly ProblemFieldError[],
  ): ProblemException {
    return new ProblemException({
      status: kind.status,
      type: kind.slug,
      title: kind.title,
      detail,
      errors,
    });
  }
}

/** An error that knows which problem it is; the global filter calls `toProblem()`. */
export interface ConvertibleToProblem {
  toProblem(): ProblemInit;
}

/** Whether `value` implements {@link ConvertibleToProblem}. */
export function isConvertibleToProblem(value: unknown): value is ConvertibleToProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<ConvertibleToProblem>).toProblem === 'function'
  );
}
