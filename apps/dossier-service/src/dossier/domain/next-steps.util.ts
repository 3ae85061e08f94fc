import { DossierDomainError, DossierDomainErrorCode } from './dossier-domain.error';
import { StepStatus } from './step-status';

/** A node of a procedure's step graph: a step and the steps it waits for. */
export interface StepNode {
  readonly key: string;
  readonly needs: readonly string[];
}

/** A step to mark `skipped`, with the reason for the dossier's timeline. */
export interface StepToSkip {
  readonly key: string;
  readonly because: string;
}

/** What to do next with a dossier's pending steps. */
export interface NextSteps {
  /** Pending steps whose needs are all `completed` or `not_applicable`, in graph order. */
  readonly dispatch: readonly string[];
  /** Pending steps that can never run, in graph order. */
  readonly skip: readonly StepToSkip[];
}

/** Input of {@link nextSteps}. */
export interface NextStepsInput {
  readonly graph: readonly StepNode[];
  /** The current status of every step of the graph, by key. */
  readonly statuses: Readonly<Record<string, StepStatus>>;
}

const SATISFIED: ReadonlySet<StepStatus> = new Set<StepStatus>(['completed', 'not_applicable']);
const BLOCKING: ReadonlySet<StepStatus> = new Set<StepStatus>(['rejected', 'failed', 'skipped']);

/**
 * Checks that a step graph has unique keys, needs that name steps of the graph and no cycle.
 *
 * @returns the keys in an order where every step comes after the steps it needs (ties keep the
 *   graph's order, so the result is deterministic).
 * @throws DossierDomainError `DUPLICATE_STEP`, `UNKNOWN_NEED` or `STEP_GRAPH_CYCLE`.
 */
export function validateStepGraph(graph: readonly StepNode[]): readonly string[] {
  const byKey = new Map<string, StepNode>();
  for (const node of graph) {
    if (byKey.has(node.key)) {
      throw new DossierDomainError(
        DossierDomainErrorCode.DuplicateStep,
        `step "${node.key}" appears twice in the graph`,
      );
    }
    byKey.set(node.key, node);
  }
  for (const node of graph) {
    for (const need of node.needs) {
      if (!byKey.has(need)) {
        throw new DossierDomainError(
          DossierDomainErrorCode.UnknownNeed,
          `step "${node.key}" needs unknown step "${need}"`,
        );
      }
    }
  }

  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < graph.length) {
    const ready = graph.find(
      (node) => !placed.has(node.key) && node.needs.every((need) => placed.has(need)),
    );
    if (ready === undefined) {
      const stuck = graph.filter((node) => !placed.has(node.key)).map((node) => node.key);
      throw new DossierDomainError(
        DossierDomainErrorCode.StepGraphCycle,
        `steps ${stuck.map((key) => `"${key}"`).join(', ')} wait for each other`,
      );
    }
    order.push(ready.key);
    placed.add(ready.key);
  }
  return order;
}

/**
 * Decides which pending steps to dispatch and which to skip. A pending step is skipped when one of
 * its needs is `rejected`, `failed` or `skipped`; skips cascade in one call, so a rejected fee
 * skips the birth step and everything after it at once. Otherwise it is dispatched when all its
 * needs are `completed` or `not_applicable`. Steps in any other status are left alone, so calling
 * again with the same statuses after applying the result returns nothing new.
 *
 * @throws DossierDomainError as {@link validateStepGraph}, `MISSING_STEP_STATUS` when a step of
 *   the graph has no status, `UNKNOWN_STEP` when a status names no step of the graph.
 */
export function nextSteps({ graph, statuses }: NextStepsInput): NextSteps {
  const order = validateStepGraph(graph);
  const keys = new Set(order);
  for (const key of Object.keys(statuses)) {
    if (!keys.has(key)) {
      throw new DossierDomainError(
        DossierDomainErrorCode.UnknownStep,
        `status given for unknown step "${key}"`,
      );
    }
  }
  const effective = new Map<string, StepStatus>();
  for (const key of order) {
    const status = Object.hasOwn(statuses, key) ? statuses[key] : undefined;
    if (status === undefined) {
      throw new DossierDomainError(
        DossierDomainErrorCode.MissingStepStatus,
        `step "${key}" has no status`,
      );
    }
    effective.set(key, status);
  }

  const needsByKey = new Map(graph.map((node) => [node.key, node.needs]));
  const dispatch: string[] = [];
  const skip: StepToSkip[] = [];
  // Graph order guarantees a need's effective status (after cascading skips) is known first.
  for (const key of order) {
    if (effective.get(key) !== 'pending') continue;
    const needs = needsByKey.get(key) ?? [];
    const blocker = needs.find((need) => BLOCKING.has(statusIn(effective, need)));
    if (blocker !== undefined) {
      skip.push({
        key,
        because: `needs step "${blocker}", which is ${statusIn(effective, blocker)}`,
      });
      effective.set(key, 'skipped');
    } else if (needs.every((need) => SATISFIED.has(statusIn(effective, need)))) {
      dispatch.push(key);
    }
  }
  return { dispatch, skip };
}

function statusIn(statuses: ReadonlyMap<string, StepStatus>, key: string): StepStatus {
  // Every key was checked above; 'pending' keeps the type total without a non-null assertion.
  return statuses.get(key) ?? 'pending';
}
