import { deriveDossierStatus } from './derive-dossier-status.util';
import { DossierDomainError, DossierDomainErrorCode } from './dossier-domain.error';
import { nextSteps, StepNode, validateStepGraph } from './next-steps.util';
import { StepStatus } from './step-status';

/** Birth group: fee (certified copies) → birth → residence and insurance in parallel. */
const BIRTH_GRAPH: readonly StepNode[] = [
  { key: 'fee', needs: [] },
  { key: 'birth', needs: ['fee'] },
  { key: 'residence', needs: ['birth'] },
  { key: 'insurance', needs: ['birth'] },
];

type Statuses = Record<string, StepStatus>;

function allPending(graph: readonly StepNode[]): Statuses {
  const pending: StepStatus = 'pending';
  return Object.fromEntries(graph.map((node) => [node.key, pending]));
}

/** Marks the next steps as the dossier service would: dispatched or skipped. */
function advance(graph: readonly StepNode[], statuses: Statuses): Statuses {
  const next = nextSteps({ graph, statuses });
  const updated = { ...statuses };
  for (const key of next.dispatch) updated[key] = 'dispatched';
  for (const { key } of next.skip) updated[key] = 'skipped';
  return updated;
}

function birthStatus(statuses: Statuses) {
  return deriveDossierStatus({
    steps: Object.entries(statuses).map(([key, status]) => ({ key, status })),
    principalStepKey: 'birth',
    feeStepKey: 'fee',
  });
}

function codeOf(run: () => unknown): DossierDomainErrorCode {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof DossierDomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DossierDomainError');
}

describe('nextSteps', () => {
  it('runs the birth group from fee to birth to residence and insurance in parallel', () => {
    let statuses = allPending(BIRTH_GRAPH);
    expect(birthStatus(statuses)).toBe('submitted');
    expect(nextSteps({ graph: BIRTH_GRAPH, statuses })).toEqual({ dispatch: ['fee'], skip: [] });

    statuses = advance(BIRTH_GRAPH, statuses);
    expect(nextSteps({ graph: BIRTH_GRAPH, statuses })).toEqual({ dispatch: [], skip: [] });
    expect(birthStatus(statuses)).toBe('submitted'); // dispatched only: no agency has answered yet;

    statuses = { ...statuses, fee: 'completed' };
    expect(nextSteps({ graph: BIRTH_GRAPH, statuses })).toEqual({ dispatch: ['birth'], skip: [] });

    statuses = { ...advance(BIRTH_GRAPH, statuses), birth: 'completed' };
    expect(nextSteps({ graph: BIRTH_GRAPH, statuses })).toEqual({
      dispatch: ['residence', 'insurance'],
      skip: [],
    });

    statuses = { ...advance(BIRTH_GRAPH, statuses), residence: 'completed' };
    expect(birthStatus(statuses)).toBe('in_progress');
    statuses = { ...statuses, insurance: 'completed' };
    expect(birthStatus(statuses)).toBe('completed');
  });

  it('skips every later step at once when the fee is rejected, and the dossier is rejected', () => {
    const statuses: Statuses = { ...allPending(BIRTH_GRAPH), fee: 'rejected' };

    expect(nextSteps({ graph: BIRTH_GRAPH, statuses })).toEqual({
      dispatch: [],
      skip: [
        { key: 'birth', because: 'needs step "fee", which is rejected' },
        { key: 'residence', because: 'needs step "birth", which is skipped' },
        { key: 'insurance', because: 'needs step "birth", which is skipped' },
      ],
    });
    expect(birthStatus(advance(BIRTH_GRAPH, statuses))).toBe('rejected');
  });

  it('skips residence and insurance when the birth is rejected, and the dossier is rejected', () => {
    const statuses: Statuses = {
      ...allPending(BIRTH_GRAPH),
      fee: 'completed',
      birth: 'rejected',
    };
    expect(birthStatus(statuses)).toBe('in_progress');

    const next = nextSteps({ graph: BIRTH_GRAPH, statuses });

    expect(next.skip.map((step) => step.key)).toEqual(['residence', 'insurance']);
    expect(next.skip[0]?.because).toContain('"birth"');
    expect(birthStatus(advance(BIRTH_GRAPH, statuses))).toBe('rejected');
  });

  it('leaves the birth registered when residence is rejected: partially completed', () => {
    const statuses: Statuses = {
      fee: 'completed',
      birth: 'completed',
      residence: 'rejected',
      insurance: 'in_progress',
    };
    expect(nextSteps({ graph: BIRTH_GRAPH, statuses })).toEqual({ dispatch: [], skip: [] });
    expect(birthStatus(statuses)).toBe('in_progress');

    expect(birthStatus({ ...statuses, insurance: 'completed' })).toBe('partially_completed');
  });

  it('completes the dossier when insurance does not apply', () => {
    const statuses: Statuses = {
      fee: 'completed',
      birth: 'completed',
      residence: 'completed',
      insurance: 'not_applicable',
    };

    expect(birthStatus(statuses)).toBe('completed');
  });

  it('dispatches the birth step when the fee does not apply (no certified copies)', () => {
    const statuses: Statuses = { ...allPending(BIRTH_GRAPH), fee: 'not_applicable' };

    expect(nextSteps({ graph: BIRTH_GRAPH, statuses })).toEqual({ dispatch: ['birth'], skip: [] });
  });

  it('skips the dependants of a failed birth step and names the failure', () => {
    const statuses: Statuses = { ...allPending(BIRTH_GRAPH), fee: 'completed', birth: 'failed' };

    const next = nextSteps({ graph: BIRTH_GRAPH, statuses });

    expect(next.skip).toContainEqual({
      key: 'residence',
      because: 'needs step "birth", which is failed',
    });
    expect(birthStatus(advance(BIRTH_GRAPH, statuses))).toBe('rejected');
  });

  it('makes the dossier partially completed when insurance fails after the birth is registered', () => {
    const statuses: Statuses = {
      fee: 'completed',
      birth: 'completed',
      residence: 'completed',
      insurance: 'failed',
    };

    expect(birthStatus(statuses)).toBe('partially_completed');
  });

  it('rejects the dossier when the fee step fails, since nothing after it can run', () => {
    const statuses = advance(BIRTH_GRAPH, { ...allPending(BIRTH_GRAPH), fee: 'failed' });

    expect(statuses).toEqual({
      fee: 'failed',
      birth: 'skipped',
      residence: 'skipped',
      insurance: 'skipped',
    });
    expect(birthStatus(statuses)).toBe('rejected');
  });

  it('works for any graph: a diamond waits for both branches, an independent step runs at once', () => {
    const graph: readonly StepNode[] = [
      { key: 'survey', needs: [] },
      { key: 'tax', needs: ['survey'] },
      { key: 'zoning', needs: ['survey'] },
      { key: 'title', needs: ['tax', 'zoning'] },
      { key: 'notify', needs: [] },
    ];
    const start = allPending(graph);
    expect(nextSteps({ graph, statuses: start })).toEqual({
      dispatch: ['survey', 'notify'],
      skip: [],
    });

    const oneBranch: Statuses = {
      ...start,
      survey: 'completed',
      notify: 'completed',
      tax: 'completed',
      zoning: 'in_progress',
    };
    expect(nextSteps({ graph, statuses: oneBranch }).dispatch).toEqual([]);
    expect(
      nextSteps({ graph, statuses: { ...oneBranch, zoning: 'not_applicable' } }).dispatch,
    ).toEqual(['title']);
    expect(nextSteps({ graph, statuses: { ...oneBranch, zoning: 'rejected' } }).skip).toEqual([
      { key: 'title', because: 'needs step "zoning", which is rejected' },
    ]);
  });

  it('refuses statuses that do not match the graph', () => {
    const missing = { fee: 'pending', birth: 'pending' } satisfies Statuses;
    const extra = { ...allPending(BIRTH_GRAPH), death: 'pending' } satisfies Statuses;

    expect(codeOf(() => nextSteps({ graph: BIRTH_GRAPH, statuses: missing }))).toBe(
      DossierDomainErrorCode.MissingStepStatus,
    );
    expect(codeOf(() => nextSteps({ graph: BIRTH_GRAPH, statuses: extra }))).toBe(
      DossierDomainErrorCode.UnknownStep,
    );
  });
});

describe('validateStepGraph', () => {
  it('orders steps after the steps they need, keeping the graph order otherwise', () => {
    const order = validateStepGraph([
      { key: 'c', needs: ['b'] },
      { key: 'b', needs: ['a'] },
      { key: 'a', needs: [] },
      { key: 'd', needs: [] },
    ]);

    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses a cycle', () => {
    const graph = [
      { key: 'a', needs: [] },
      { key: 'b', needs: ['c'] },
      { key: 'c', needs: ['b'] },
    ];

    expect(codeOf(() => validateStepGraph(graph))).toBe(DossierDomainErrorCode.StepGraphCycle);
    expect(() => validateStepGraph(graph)).toThrow('steps "b", "c" wait for each other');
  });

  it('refuses a step that needs itself', () => {
    expect(codeOf(() => validateStepGraph([{ key: 'a', needs: ['a'] }]))).toBe(
      DossierDomainErrorCode.StepGraphCycle,
    );
  });

  it('refuses a need that names no step', () => {
    expect(codeOf(() => validateStepGraph([{ key: 'a', needs: ['ghost'] }]))).toBe(
      DossierDomainErrorCode.UnknownNeed,
    );
  });

  it('refuses two steps with the same key', () => {
    const graph = [
      { key: 'a', needs: [] },
      { key: 'a', needs: [] },
    ];

    expect(codeOf(() => validateStepGraph(graph))).toBe(DossierDomainErrorCode.DuplicateStep);
  });
});
