import { STEP_STATUS_VALUES } from '@lienthong/contracts';

/**
 * Every status a dossier step can be in, spelled as in `docs/architecture.md` ("Statuses"): the
 * values the public events carry, so the two cannot drift.
 */
export const STEP_STATUSES = STEP_STATUS_VALUES;

/** The status of one step of a dossier. */
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Statuses a step never leaves: the agency answered, or the step will not run. */
export const FINAL_STEP_STATUSES = [
  'completed',
  'rejected',
  'failed',
  'not_applicable',
  'skipped',
] as const satisfies readonly StepStatus[];

/** A status a step never leaves. */
export type FinalStepStatus = (typeof FINAL_STEP_STATUSES)[number];

/**
 * Allowed step transitions. Final statuses allow none: a late or replayed agency event must not
 * reopen a step, so callers treat a refused transition as a duplicate or an out-of-order event.
 */
export const STEP_TRANSITIONS = {
  pending: ['dispatched', 'skipped', 'not_applicable'],
  dispatched: [
    'in_progress',
    'completed',
    'rejected',
    'failed',
    'not_applicable',
    'awaiting_officer',
  ],
  in_progress: ['completed', 'rejected', 'failed', 'not_applicable', 'awaiting_officer'],
  awaiting_officer: ['in_progress', 'completed', 'rejected'],
  completed: [],
  rejected: [],
  failed: [],
  not_applicable: [],
  skipped: [],
} as const satisfies Record<StepStatus, readonly StepStatus[]>;

/** Whether a step may go from `from` to `to` (staying in the same status is not a transition). */
export function canTransition(from: StepStatus, to: StepStatus): boolean {
  const allowed: readonly StepStatus[] = STEP_TRANSITIONS[from];
  return allowed.includes(to);
}

/** Whether a step status is final (see {@link FINAL_STEP_STATUSES}). */
export function isFinalStepStatus(status: StepStatus): status is FinalStepStatus {
  const finals: readonly StepStatus[] = FINAL_STEP_STATUSES;
  return finals.includes(status);
}
