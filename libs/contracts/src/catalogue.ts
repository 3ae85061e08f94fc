import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { CloudEventEnvelopeSchema, type CloudEvent, type EventDefinition } from './envelope';

/** A schema violation: where (JSON Pointer) and what. */
export interface SchemaViolation {
  readonly pointer: string;
  readonly detail: string;
}

export type EnvelopeCheck =
  | { readonly ok: true; readonly event: CloudEvent }
  | { readonly ok: false; readonly violations: readonly SchemaViolation[] };

export type DataCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'unknown-type' | 'invalid-data';
      readonly violations: readonly SchemaViolation[];
    };

/**
 * Ajv's errors as violations, each with a JSON Pointer to the offending field (a missing property
 * points at where it should be, an unknown one at itself), `prefix` put before each pointer.
 */
export function toViolations(
  errors: ErrorObject[] | null | undefined,
  prefix = '',
): SchemaViolation[] {
  return (errors ?? []).map((error) => {
    const missing =
      error.keyword === 'required' ? `/${String(error.params['missingProperty'])}` : '';
    const extra =
      error.keyword === 'additionalProperties'
        ? `/${String(error.params['additionalProperty'])}`
        : '';
    const allowed =
      error.keyword === 'enum' && Array.isArray(error.params['allowedValues'])
        ? `must be one of: ${(error.params['allowedValues'] as unknown[]).map(String).join(', ')}`
        : undefined;
    return {
      pointer: `${prefix}${error.instancePath}${missing}${extra}` || '/',
      detail: allowed ?? error.message ?? error.keyword,
    };
  });
}

/**
 * The set of event types a process knows, with their compiled validators. Built once at boot from
 * the definitions in this lib (tests may build one with their own definitions).
 */
export class EventCatalogue {
  private readonly ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
  private readonly envelopeValidator: ValidateFunction;
  private readonly dataValidators = new Map<string, ValidateFunction>();
  private readonly definitions = new Map<string, EventDefinition>();

  constructor(definitions: readonly EventDefinition[]) {
    this.envelopeValidator = this.ajv.compile(CloudEventEnvelopeSchema);
    for (const definition of definitions) {
      if (this.definitions.has(definition.type)) {
        throw new Error(`Event type ${definition.type} is defined twice`);
      }
      this.definitions.set(definition.type, definition);
      this.dataValidators.set(definition.type, this.ajv.compile(definition.schema));
    }
  }

  /** Every known definition, for documentation and the events catalogue. */
  list(): readonly EventDefinition[] {
    return [...this.definitions.values()];
  }

  get(type: string): EventDefinition | undefined {
    return this.definitions.get(type);
  }

  /** Checks a parsed message against the CloudEvents envelope. */
  checkEnvelope(candidate: unknown): EnvelopeCheck {
    if (this.envelopeValidator(candidate)) {
      return { ok: true, event: candidate as CloudEvent };
    }
    return { ok: false, violations: toViolations(this.envelopeValidator.errors) };
  }

  /** Checks an event's data against the schema of its type. */
  checkData(event: CloudEvent): DataCheck {
    return this.checkDataOf(event.type, event.data);
  }

  /** Checks data against the schema of an event type, before any event is built around it. */
  checkDataOf(type: string, data: unknown): DataCheck {
    const validate = this.dataValidators.get(type);
    if (!validate) {
      return {
        ok: false,
        reason: 'unknown-type',
        violations: [{ pointer: '/type', detail: `unknown event type ${type}` }],
      };
    }
    if (validate(data)) return { ok: true };
    return {
      ok: false,
      reason: 'invalid-data',
      violations: toViolations(validate.errors, '/data'),
    };
  }
}
