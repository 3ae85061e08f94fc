import { DossierDomainError, DossierDomainErrorCode } from './dossier-domain.error';
import { deriveDossierStatus } from './derive-dossier-status.util';
import { isFinalDossierStatus } from './dossier-status';
import { StepStatus } from './step-status';

type BirthStatuses = Record<'fee' | 'birth' | 'residence' | 'insurance', StepStatus>;

function birthDossier(statuses: BirthStatuses) {
  return deriveDossierStatus({
    steps: Object.entries(statuses).map(([key, status]) => ({ key, status })),
    principalStepKey: 'birth',
    feeStepKey: 'fee',
  });
}

describe('deriveDossierStatus', () => {
  it('says submitted while every step is pending', () => {
    expect(
      birthDossier({
        fee: 'pending',
        birth: 'pending',
        residence: 'pending',
        insurance: 'pending',
      }),
    ).toBe('submitted');
  });

  it('stays submitted while steps are only dispatched: no agency has taken the dossier up yet', () => {
    expect(
      birthDossier({
        fee: 'dispatched',
        birth: 'pending',
        residence: 'pending',
        insurance: 'pending',
      }),
    ).toBe('submitted');
  });

  it('says in_progress as soon as an agency has worked on a step', () => {
    expect(
      birthDossier({
        fee: 'in_progress',
        birth: 'pending',
        residence: 'pending',
        insurance: 'pending',
      }),
    ).toBe('in_progress');
    expect(
      birthDossier({
        fee: 'completed',
        birth: 'dispatched',
        residence: 'pending',
        insurance: 'pending',
      }),
    ).toBe('in_progress');
  });

  it('says completed when every step is completed or not applicable', () => {
    expect(
      birthDossier({
        fee: 'completed',
        birth: 'completed',
        residence: 'completed',
        insurance: 'not_applicable',
      }),
    ).toBe('completed');
  });

  it('keeps a dossier with a rejected birth in progress until its other steps are final', () => {
    expect(
      birthDossier({
        fee: 'completed',
        birth: 'rejected',
        residence: 'pending',
        insurance: 'pending',
      }),
    ).toBe('in_progress');
  });

  it('says rejected once the birth step is rejected and every step is final', () => {
    expect(
      birthDossier({
        fee: 'completed',
        birth: 'rejected',
        residence: 'skipped',
        insurance: 'skipped',
      }),
    ).toBe('rejected');
  });

  it('says rejected when the fee step is rejected', () => {
    expect(
      birthDossier({
        fee: 'rejected',
        birth: 'skipped',
        residence: 'skipped',
        insurance: 'skipped',
      }),
    ).toBe('rejected');
  });

  it('says rejected when the birth step failed, since the citizen got nothing', () => {
    expect(
      birthDossier({
        fee: 'completed',
        birth: 'failed',
        residence: 'skipped',
        insurance: 'skipped',
      }),
    ).toBe('rejected');
  });

  it('says partially_completed when the birth is registered and residence is rejected', () => {
    expect(
      birthDossier({
        fee: 'completed',
        birth: 'completed',
        residence: 'rejected',
        insurance: 'completed',
      }),
    ).toBe('partially_completed');
  });

  it('says partially_completed when the birth is registered and insurance failed', () => {
    expect(
      birthDossier({
        fee: 'completed',
        birth: 'completed',
        residence: 'completed',
        insurance: 'failed',
      }),
    ).toBe('partially_completed');
  });

  it('works without a fee step', () => {
    expect(
      deriveDossierStatus({
        steps: [
          { key: 'birth', status: 'completed' },
          { key: 'residence', status: 'completed' },
        ],
        principalStepKey: 'birth',
      }),
    ).toBe('completed');
  });

  it('refuses a principal step that is not among the steps', () => {
    expect(() =>
      deriveDossierStatus({ steps: [{ key: 'birth', status: 'pending' }], principalStepKey: 'x' }),
    ).toThrow(new DossierDomainError(DossierDomainErrorCode.UnknownStep, 'no step "x"'));
  });

  it('treats cancelled as final but in_progress and submitted as open', () => {
    expect(isFinalDossierStatus('cancelled')).toBe(true);
    expect(isFinalDossierStatus('in_progress')).toBe(false);
    expect(isFinalDossierStatus('submitted')).toBe(false);
  });
});
