import { deriveDossierStatus } from './derive-dossier-status.util';
import { DossierDomainError, DossierDomainErrorCode } from './dossier-domain.error';
import { type DossierStatus, isFinalDossierStatus } from './dossier-status';
import { nextSteps } from './next-steps.util';
import { canTransition, type StepStatus } from './step-status';

/** A step of one dossier, as the orchestrator sees it. */
export interface StepState {
  readonly key: string;
  readonly status: StepStatus;
  /** Keys of the dossier's steps it waits for (needs of absent steps already dropped). */
  readonly needs: readonly string[];
  /** Whether the definition can undo it once completed (a paid fee can be refunded). */
  readonly compensable: boolean;
  readonly compensationRequested: boolean;
}

/** An agency's answer about one step. */
export interface StepOutcome {
  readonly step: string;
  readonly status: 'in_progress' | 'completed' | 'rejected' | 'failed' | 'not_applicable';
  readonly reason?: string;
}

/** Input of {@link advanceDossier}. */
export interface AdvanceDossierInput {
  readonly status: DossierStatus;
  readonly steps: readonly StepState[];
  readonly principalStep: string;
  /** The fee step, when the dossier has one. */
  readonly feeStep?: string;
  /** The answer to apply; none right after submission. */
  readonly outcome?: StepOutcome;
}

/** One step status change, in the order it happens. */
export interface StepTransition {
  readonly key: string;
  readonly from: StepStatus;
  readonly to: StepStatus;
  readonly reason?: string;
}

/** What to do to a dossier. */
export interface DossierAdvance {
  /** `stale` when the outcome was refused: a late or repeated answer for a step already past it. */
  readonly outcome: 'applied' | 'stale';
  readonly transitions: readonly StepTransition[];
  /** Steps to send their command, now `dispatched`. */
  readonly dispatch: readonly string[];
  /** The dossier's status change, if any. */
  readonly status?: { readonly from: DossierStatus; readonly to: DossierStatus };
  /** Completed steps to undo, because the dossier ended rejected. */
  readonly compensate: readonly string[];
}

/**
 * The orchestrator's rule, as a pure function: apply an agency's outcome to its step, dispatch the
 * steps whose needs are now met, skip those that can never run, derive the dossier's status, and
 * compensate what was done for a dossier that ends rejected. Calling it with a stale outcome (the
 * step already final, or already in that status) changes nothing, so redelivered and replayed
 * events are harmless even past the inbox.
 *
 * @throws DossierDomainError `UNKNOWN_STEP` when the outcome names no step of the dossier.
 */
export function advanceDossier(input: AdvanceDossierInput): DossierAdvance {
  const statuses: Record<string, StepStatus> = {};
  for (const step of input.steps) statuses[step.key] = step.status;
  const transitions: StepTransition[] = [];

  if (input.outcome) {
    const { step, status, reason } = input.outcome;
    const current = statuses[step];
    if (current === undefined) {
      throw new DossierDomainError(DossierDomainErrorCode.UnknownStep, `no step "${step}"`);
    }
    if (!canTransition(current, status)) {
      return { outcome: 'stale', transitions: [], dispatch: [], compensate: [] };
    }
    statuses[step] = status;
    transitions.push({ key: step, from: current, to: status, ...(reason ? { reason } : {}) });
  }

  const next = nextSteps({
    graph: input.steps.map((step) => ({ key: step.key, needs: step.needs })),
    statuses,
  });
  for (const skipped of next.skip) {
    transitions.push({ key: skipped.key, from: 'pending', to: 'skipped', reason: skipped.because });
    statuses[skipped.key] = 'skipped';
  }
  for (const key of next.dispatch) {
    transitions.push({ key, from: 'pending', to: 'dispatched' });
    statuses[key] = 'dispatched';
  }

  const derived = deriveDossierStatus({
    steps: input.steps.map((step) => ({ key: step.key, status: statuses[step.key] })),
    principalStepKey: input.principalStep,
    feeStepKey: input.feeStep,
  });
  const changed = derived !== input.status;
  const compensate =
    changed && derived === 'rejected' && isFinalDossierStatus(derived)
      ? input.steps
          .filter(
            (step) =>
              step.compensable && !step.compensationRequested && statuses[step.key] === 'completed',
          )
          .map((step) => step.key)
      : [];

  return {
    outcome: 'applied',
    transitions,
    dispatch: next.dispatch,
    ...(changed ? { status: { from: input.status, to: derived } } : {}),
    compensate,
  };
}

/**
 * {@link advanceDossier}, then a check of each step about to be dispatched: a step whose command
 * cannot be sent (`refuse` gives the reason, e.g. data the agency's contract rejects) fails at
 * once, with the consequences a failure has (dependants skipped, status derived), instead of
 * leaving the dossier waiting for an answer that can never come.
 */
export function advanceDossierChecked(
  input: AdvanceDossierInput,
  refuse: (step: string) => string | undefined,
): DossierAdvance {
  let plan = advanceDossier(input);
  if (plan.outcome === 'stale') return plan;
  const failed = new Set<string>();
  for (;;) {
    const refusal = plan.dispatch
      .filter((key) => !failed.has(key))
      .map((key) => ({ key, reason: refuse(key) }))
      .find((candidate) => candidate.reason !== undefined);
    if (!refusal) break;
    failed.add(refusal.key);
    const statuses = new Map(input.steps.map((step) => [step.key, step.status]));
    for (const transition of plan.transitions) statuses.set(transition.key, transition.to);
    const followUp = advanceDossier({
      ...input,
      status: plan.status?.to ?? input.status,
      steps: input.steps.map((step) => ({
        ...step,
        status: statuses.get(step.key) ?? step.status,
      })),
      outcome: { step: refusal.key, status: 'failed', reason: refusal.reason },
    });
    const from = plan.status?.from ?? input.status;
    const to = followUp.status?.to ?? plan.status?.to ?? input.status;
    plan = {
      outcome: 'applied',
      transitions: [...plan.transitions, ...followUp.transitions],
      dispatch: [...plan.dispatch.filter((key) => key !== refusal.key), ...followUp.dispatch],
      ...(from !== to ? { status: { from, to } } : {}),
      compensate: [...plan.compensate, ...followUp.compensate],
    };
  }
  return plan;
}
