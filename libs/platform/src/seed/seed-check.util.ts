import type { Static, TSchema } from '@sinclair/typebox';
import Ajv, { type ErrorObject } from 'ajv';
import { toJsonPointer } from '../problem/json-pointer.util';

/** One thing wrong with a seed file: where (JSON Pointer) and why. Never holds the value itself. */
export interface SeedProblem {
  readonly pointer: string;
  readonly reason: string;
}

/** Outcome of a seed check: the seed, typed, or every problem found in it. */
export type SeedCheck<T> =
  | { readonly ok: true; readonly seed: T }
  | { readonly ok: false; readonly problems: readonly SeedProblem[] };

/**
 * The rules of a register that its schema cannot say (agreement between fields, uniqueness,
 * dates against `context`), run on a seed whose shape is already known to be right.
 */
export type SeedRules<T, C> = (seed: T, context: C) => SeedProblem[];

function schemaProblem(error: ErrorObject): SeedProblem {
  const params = error.params as { additionalProperty?: string; missingProperty?: string };
  // ajv locates these at the enclosing object; the field itself is what the reader must fix.
  if (error.keyword === 'additionalProperties' && params.additionalProperty !== undefined) {
    return {
      pointer: `${error.instancePath}${toJsonPointer([params.additionalProperty])}`,
      reason: 'is not an accepted field',
    };
  }
  if (error.keyword === 'required' && params.missingProperty !== undefined) {
    return {
      pointer: `${error.instancePath}${toJsonPointer([params.missingProperty])}`,
      reason: 'is required',
    };
  }
  // ajv's messages name the constraint (pattern, type, enum), never the rejected value.
  return { pointer: error.instancePath || '/', reason: error.message ?? error.keyword };
}

/**
 * Compiles a check of parsed seed data: first against `schema`, then, only if the shape is
 * right (the rules rely on the types), against `rules`. Every problem is reported, not only the
 * first, each located by a JSON Pointer; values are never quoted, since seeds hold personal data.
 * Pure: no I/O; compile once, at module load, and call as often as needed.
 */
export function compileSeedCheck<S extends TSchema, C>(
  schema: S,
  rules: SeedRules<Static<S>, C>,
): (data: unknown, context: C) => SeedCheck<Static<S>> {
  const checkShape = new Ajv({ allErrors: true }).compile<Static<S>>(schema);
  return (data, context) => {
    if (!checkShape(data)) {
      return { ok: false, problems: (checkShape.errors ?? []).map(schemaProblem) };
    }
    const problems = rules(data, context);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, seed: data };
  };
}
