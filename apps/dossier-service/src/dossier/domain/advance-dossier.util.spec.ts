import { advanceDossier, advanceDossierChecked, type StepState } from './advance-dossier.util';
import { DossierDomainError } from './dossier-domain.error';
import type { DossierStatus } from './dossier-status';
import type { StepStatus } from './step-status';

type Statuses = Partial<Record<'fee' | 'birth' | 'residence' | 'insurance', StepStatus>>;

/** The birth group's steps in the given statuses (without fee unless `fee` is given). */
function birthSteps(statuses: Statuses, compensationRequested = false): StepState[] {
  const withFee = statuses.fee !== undefined;
  const steps: StepState[] = [
    { key: 'birth', status: statuses.birth ?? 'pending', needs: withFee ? ['fee'] : [] },
    { key: 'residence', status: statuses.residence ?? 'pending', needs: ['birth'] },
    { key: 'insurance', status: statuses.insurance ?? 'pending', needs: ['birth'] },
  ].map((step) => ({ ...step, compensable: false, compensationRequested: false }));
  return withFee
    ? [
        {
          key: 'fee',
          status: statuses.fee ?? 'pending',
          needs: [],
          compensable: true,
          compensationRequested,
        },
        ...steps,
      ]
    : steps;
}

function advance(
  status: DossierStatus,
  statuses: Statuses,
  outcome?: Parameters<typeof advanceDossier>[0]['outcome'],
) {
  return advanceDossier({
    status,
    steps: birthSteps(statuses),
    principalStep: 'birth',
    feeStep: statuses.fee !== undefined ? 'fee' : undefined,
    outcome,
  });
}

describe('advanceDossier', () => {
  it('dispatches only the fee at submission when a fee is due, and the dossier stays submitted', () => {
    const plan = advance('submitted', { fee: 'pending' });
    expect(plan.dispatch).toEqual(['fee']);
    expect(plan.status).toBeUndefined();
  });

  it('dispatches the birth step at submission when no fee is due', () => {
    expect(advance('submitted', {}).dispatch).toEqual(['birth']);
  });

  it('dispatches the birth step once the fee is paid, and the dossier is in progress', () => {
    const plan = advance(
      'submitted',
      { fee: 'in_progress', birth: 'pending' },
      { step: 'fee', status: 'completed' },
    );
    expect(plan.transitions).toEqual([
      { key: 'fee', from: 'in_progress', to: 'completed' },
      { key: 'birth', from: 'pending', to: 'dispatched' },
    ]);
    expect(plan.status).toEqual({ from: 'submitted', to: 'in_progress' });
  });

  it('dispatches residence and insurance together once the birth is registered', () => {
    const plan = advance(
      'in_progress',
      { birth: 'dispatched' },
      { step: 'birth', status: 'completed' },
    );
    expect(plan.dispatch).toEqual(['residence', 'insurance']);
    expect(plan.status).toBeUndefined();
  });

  it('completes the dossier when the last step answers, a not applicable card included', () => {
    const plan = advance(
      'in_progress',
      { birth: 'completed', residence: 'completed', insurance: 'dispatched' },
      { step: 'insurance', status: 'not_applicable', reason: 'child is 6' },
    );
    expect(plan.status).toEqual({ from: 'in_progress', to: 'completed' });
    expect(plan.compensate).toEqual([]);
  });

  it('skips what follows a rejected birth, rejects the dossier and refunds the paid fee', () => {
    const plan = advance(
      'in_progress',
      { fee: 'completed', birth: 'dispatched' },
      { step: 'birth', status: 'rejected', reason: 'duplicate' },
    );
    expect(plan.transitions.map((t) => `${t.key}:${t.to}`)).toEqual([
      'birth:rejected',
      'residence:skipped',
      'insurance:skipped',
    ]);
    expect(plan.transitions[1].reason).toBe('needs step "birth", which is rejected');
    expect(plan.status).toEqual({ from: 'in_progress', to: 'rejected' });
    expect(plan.compensate).toEqual(['fee']);
  });

  it('rejects the dossier without a refund when the payment itself is declined', () => {
    const plan = advance(
      'in_progress',
      { fee: 'in_progress' },
      { step: 'fee', status: 'rejected', reason: 'declined' },
    );
    expect(plan.transitions.map((t) => `${t.key}:${t.to}`)).toEqual([
      'fee:rejected',
      'birth:skipped',
      'residence:skipped',
      'insurance:skipped',
    ]);
    expect(plan.status?.to).toBe('rejected');
    expect(plan.compensate).toEqual([]);
  });

  it('keeps the fee when the birth completed and another step was rejected', () => {
    const plan = advance(
      'in_progress',
      { fee: 'completed', birth: 'completed', residence: 'dispatched', insurance: 'completed' },
      { step: 'residence', status: 'rejected', reason: 'no permanent residence' },
    );
    expect(plan.status?.to).toBe('partially_completed');
    expect(plan.compensate).toEqual([]);
  });

  it('does not refund twice', () => {
    const plan = advanceDossier({
      status: 'in_progress',
      steps: birthSteps({ fee: 'completed', birth: 'dispatched' }, true),
      principalStep: 'birth',
      feeStep: 'fee',
      outcome: { step: 'birth', status: 'rejected' },
    });
    expect(plan.compensate).toEqual([]);
  });

  it('treats a repeated or late answer as stale and changes nothing', () => {
    const again = advance(
      'in_progress',
      { birth: 'completed' },
      { step: 'birth', status: 'completed' },
    );
    expect(again).toEqual({ outcome: 'stale', transitions: [], dispatch: [], compensate: [] });
    const late = advance(
      'in_progress',
      { birth: 'rejected' },
      { step: 'birth', status: 'completed' },
    );
    expect(late.outcome).toBe('stale');
  });

  it('refuses an outcome for a step the dossier does not have', () => {
    expect(() => advance('submitted', {}, { step: 'fee', status: 'completed' })).toThrow(
      DossierDomainError,
    );
  });
});

describe('advanceDossierChecked', () => {
  const steps = (statuses: Statuses) => birthSteps(statuses).map((step) => ({ ...step }));

  it('dispatches as advanceDossier does when every command can be sent', () => {
    const plan = advanceDossierChecked(
      {
        status: 'in_progress',
        steps: steps({ birth: 'dispatched' }),
        principalStep: 'birth',
        outcome: { step: 'birth', status: 'completed' },
      },
      () => undefined,
    );
    expect(plan.dispatch).toEqual(['residence', 'insurance']);
  });

  it('fails a step whose command cannot be sent, and the dossier goes on without it', () => {
    const plan = advanceDossierChecked(
      {
        status: 'in_progress',
        steps: steps({ birth: 'dispatched' }),
        principalStep: 'birth',
        outcome: { step: 'birth', status: 'completed' },
      },
      (key) => (key === 'insurance' ? 'the command does not match its contract' : undefined),
    );
    expect(plan.dispatch).toEqual(['residence']);
    expect(plan.transitions.map((t) => `${t.key}:${t.to}`)).toEqual([
      'birth:completed',
      'residence:dispatched',
      'insurance:dispatched',
      'insurance:failed',
    ]);
    expect(plan.transitions[3].reason).toBe('the command does not match its contract');
  });

  it('ends the dossier when the principal step cannot be sent', () => {
    const plan = advanceDossierChecked(
      { status: 'submitted', steps: steps({}), principalStep: 'birth' },
      () => 'cannot be sent',
    );
    expect(plan.dispatch).toEqual([]);
    expect(plan.status).toEqual({ from: 'submitted', to: 'rejected' });
    expect(plan.transitions.map((t) => `${t.key}:${t.to}`)).toEqual([
      'birth:dispatched',
      'birth:failed',
      'residence:skipped',
      'insurance:skipped',
    ]);
  });
});
