import type { FormCheck } from '../procedure-definition';
import type { IsoDate } from './fee-rule';
import { resolvePointer } from './json-pointer.util';

/** A rule of the form that failed, with a JSON Pointer into the form. */
export interface FormViolation {
  readonly pointer: string;
  readonly detail: string;
}

/** Input of {@link checkForm}. */
export interface CheckFormInput {
  readonly checks: readonly FormCheck[];
  /** The form, already valid against its JSON Schema. */
  readonly form: unknown;
  /** Today in Vietnam. */
  readonly today: IsoDate;
}

/**
 * Runs the checks JSON Schema cannot express (a date of birth not after today, two PINs that must
 * differ). A check whose fields are absent passes: presence is the schema's business.
 */
export function checkForm({ checks, form, today }: CheckFormInput): FormViolation[] {
  const violations: FormViolation[] = [];
  for (const check of checks) {
    switch (check.kind) {
      case 'not-in-future': {
        const value = resolvePointer(form, check.pointer);
        if (typeof value === 'string' && value > today) {
          violations.push({ pointer: check.pointer, detail: check.detail });
        }
        break;
      }
      case 'distinct': {
        const [first, second] = check.pointers.map((pointer) => resolvePointer(form, pointer));
        if (first !== undefined && first === second) {
          violations.push({ pointer: check.pointers[1], detail: check.detail });
        }
        break;
      }
    }
  }
  return violations;
}
