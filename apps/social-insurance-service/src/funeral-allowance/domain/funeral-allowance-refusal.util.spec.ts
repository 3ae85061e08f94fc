import { funeralAllowanceRefusalReason } from './funeral-allowance-refusal.util';

describe('funeralAllowanceRefusalReason', () => {
  it('says the deceased is not in the register', () => {
    expect(funeralAllowanceRefusalReason({ code: 'not-in-register' })).toBe(
      'The deceased is not in the social-insurance register, neither as a pensioner nor as a participant; no funeral allowance is due.',
    );
  });

  it('gives the months on record and the months needed', () => {
    expect(
      funeralAllowanceRefusalReason({
        code: 'insufficient-contributions',
        contributionMonths: 1,
        minimumContributionMonths: 12,
      }),
    ).toBe(
      'The deceased had 1 month of compulsory social-insurance contributions; the funeral allowance needs at least 12 months, or a pension.',
    );
  });

  it('says the allowance is paid once per death', () => {
    expect(funeralAllowanceRefusalReason({ code: 'already-granted' })).toBe(
      'The funeral allowance for this death was already granted in another dossier; it is paid once per death.',
    );
  });
});
