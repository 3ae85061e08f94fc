import { resolvePointer } from './json-pointer.util';

/** Input of {@link buildCommandData}. */
export interface BuildCommandDataInput {
  /** Command field (`a/b` for a nested one) → JSON Pointer into `document`. */
  readonly input: Readonly<Record<string, string>>;
  /** What the dossier knows: procedure, channel, applicant, data, fee, steps' results. */
  readonly document: unknown;
  readonly dossierId: string;
  readonly step: string;
}

/**
 * The data of a step's command, assembled from the dossier as its definition says. A field whose
 * source is absent (an optional father's PIN) is left out; whether the command is complete is for
 * its schema to say, when it is written to the outbox.
 */
export function buildCommandData({
  input,
  document,
  dossierId,
  step,
}: BuildCommandDataInput): Record<string, unknown> {
  const data: Record<string, unknown> = { dossierId, step };
  for (const [field, pointer] of Object.entries(input)) {
    const value = resolvePointer(document, pointer);
    if (value === undefined) continue;
    const path = field.split('/');
    let target = data;
    for (const part of path.slice(0, -1)) {
      const next = target[part];
      target[part] = next !== null && typeof next === 'object' ? next : {};
      target = target[part] as Record<string, unknown>;
    }
    target[path[path.length - 1]] = structuredClone(value);
  }
  return data;
}
