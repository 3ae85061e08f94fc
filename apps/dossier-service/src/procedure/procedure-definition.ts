import type { EventDefinition } from '@lienthong/contracts';
import type { TSchema } from '@sinclair/typebox';
import type { FeeRule } from './domain/fee-rule';

/**
 * A procedure group as data: what the orchestrator runs and what the catalogue publishes. Nothing
 * in the orchestrator names a procedure, a step or an agency; it reads these.
 */

/** Where a command field comes from: a JSON Pointer into the dossier document (see below). */
export type InputMapping = Readonly<Record<string, string>>;

/**
 * What a step's outcome event does to the step. `in_progress` keeps the event's data as the step's
 * progress (e.g. where to pay); the final ones take `result` or `reason` from it.
 */
export type OutcomeEffect = 'in_progress' | 'completed' | 'rejected' | 'failed' | 'not_applicable';

/** Undoing a completed step when the dossier ends rejected (a compensating step in the timeline). */
export interface CompensationDefinition {
  readonly command: EventDefinition;
  readonly input: InputMapping;
  /** Outcome event types that complete the compensation. */
  readonly completedBy: readonly string[];
  /** Why, for the timeline and the command. */
  readonly reason: string;
}

/** One step of a procedure group. */
export interface StepDefinition {
  readonly key: string;
  /** Agency doing the step: the service that consumes its command. */
  readonly agency: string;
  /** Readable name of the step, for the catalogue and messages to the citizen. */
  readonly name: string;
  /** Keys of the steps it waits for; a need absent from the dossier (no fee) is dropped. */
  readonly needs: readonly string[];
  /** Only for the fee step: present in a dossier only when a fee is due. */
  readonly onlyWhenFeeDue?: boolean;
  /** Processing deadline, in working days from the submission. */
  readonly deadlineWorkingDays: number;
  readonly command: EventDefinition;
  readonly input: InputMapping;
  /** Outcome event type → what it does to the step. */
  readonly outcomes: Readonly<Record<string, OutcomeEffect>>;
  readonly compensation?: CompensationDefinition;
}

/** A check on the form that JSON Schema cannot express. */
export type FormCheck =
  | { readonly kind: 'not-in-future'; readonly pointer: string; readonly detail: string }
  | {
      readonly kind: 'distinct';
      readonly pointers: readonly [string, string];
      readonly detail: string;
    };

/** The fee of a procedure: how many units (JSON Pointer into the form) at which rules. */
export interface FeeDefinition {
  readonly description: string;
  readonly quantityPointer: string;
  readonly rules: readonly FeeRule[];
}

/** A procedure group. */
export interface ProcedureDefinition {
  readonly code: string;
  readonly name: string;
  readonly legalBasis: readonly string[];
  /** JSON Schema of the `data` of a dossier. */
  readonly form: TSchema;
  readonly formChecks: readonly FormCheck[];
  readonly fee?: FeeDefinition;
  /** Applicant fields this procedure needs beyond the common ones (e.g. a bank account for benefits). */
  readonly requiredApplicantFields?: readonly ('email' | 'phone' | 'bankAccount')[];
  /** The step the citizen applies for; its rejection rejects the dossier. */
  readonly principalStep: string;
  readonly steps: readonly StepDefinition[];
}
