import { DossierDomainError, DossierDomainErrorCode } from './dossier-domain.error';
import { DossierStatus } from './dossier-status';
import { isFinalStepStatus, StepStatus } from './step-status';

/** A step as the dossier status sees it. */
export interface StepState {
  readonly key: string;
  readonly status: StepStatus;
}

/** Input of {@link deriveDossierStatus}. */
export interface DeriveDossierStatusInput {
  readonly steps: readonly StepState[];
  /** The step the citizen applied for (e.g. the birth registration). */
  readonly principalStepKey: string;
  /** The fee step, when the dossier has one; rejecting it rejects the dossier. */
  readonly feeStepKey?: string;
}

/**
 * Derives a dossier's status from its steps, first rule that matches:
 *
 * 1. `submitted`: every step is `pending` or `dispatched`: no agency has taken it up yet.
 * 2. `in_progress`: some step is not final. A rejected principal step does not end the dossier
 *    early: its dependants still have to be marked `skipped` and parallel steps to answer.
 * 3. `completed`: every step is `completed` or `not_applicable`.
 * 4. `rejected`: the principal or the fee step is `rejected`.
 * 5. `partially_completed`: the principal step is `completed` (so another step was rejected,
 *    failed or skipped).
 * 6. `rejected`: otherwise; the principal step failed, was skipped or is not applicable while
 *    another step did not complete, so the citizen did not get what they applied for.
 *
 * `cancelled` is never derived: it comes from the citizen withdrawing, not from the steps.
 *
 * @throws DossierDomainError `UNKNOWN_STEP` when the principal or fee key names no step,
 *   `DUPLICATE_STEP` when two steps share a key.
 */
export function deriveDossierStatus({
  steps,
  principalStepKey,
  feeStepKey,
}: DeriveDossierStatusInput): DossierStatus {
  const statuses = new Map<string, StepStatus>();
  for (const step of steps) {
    if (statuses.has(step.key)) {
      throw new DossierDomainError(
        DossierDomainErrorCode.DuplicateStep,
        `step "${step.key}" appears twice`,
      );
    }
    statuses.set(step.key, step.status);
  }
  const principal = statusOf(statuses, principalStepKey);
  const fee = feeStepKey === undefined ? undefined : statusOf(statuses, feeStepKey);

  if (steps.every((step) => step.status === 'pending' || step.status === 'dispatched')) {
    return 'submitted';
  }
  if (!steps.every((step) => isFinalStepStatus(step.status))) return 'in_progress';
  if (steps.every((step) => step.status === 'completed' || step.status === 'not_applicable')) {
    return 'completed';
  }
  if (principal === 'rejected' || fee === 'rejected') return 'rejected';
  if (principal === 'completed') return 'partially_completed';
  return 'rejected';
}

function statusOf(statuses: ReadonlyMap<string, StepStatus>, key: string): StepStatus {
  const status = statuses.get(key);
  if (status === undefined) {
    throw new DossierDomainError(DossierDomainErrorCode.UnknownStep, `no step "${key}"`);
  }
  return status;
}
