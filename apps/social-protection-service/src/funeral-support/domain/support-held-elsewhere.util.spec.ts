import { supportHeldElsewhere } from './support-held-elsewhere.util';

describe('supportHeldElsewhere', () => {
  it('answers higher-benefit-paid, naming the amount, since the support is paid once per person', () => {
    expect(supportHeldElsewhere(10_000_000)).toEqual({
      kind: 'not-applicable',
      code: 'higher-benefit-paid',
      reason:
        'The funeral-expense support of 10,000,000 VND for this death is already paid, or being paid, under another dossier; it is paid once per deceased person.',
      amount: 10_000_000,
    });
  });
});
