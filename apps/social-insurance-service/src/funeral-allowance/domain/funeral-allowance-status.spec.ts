import { canBecome, FUNERAL_ALLOWANCE_STATUSES } from './funeral-allowance-status';

describe('funeral allowance statuses', () => {
  it('settle a payout in flight as paid or failed', () => {
    expect(canBecome('awaiting_payout', 'paid')).toBe(true);
    expect(canBecome('awaiting_payout', 'payout_failed')).toBe(true);
  });

  it.each(['not_applicable', 'paid', 'payout_failed'] as const)('never change once %s', (from) => {
    for (const to of FUNERAL_ALLOWANCE_STATUSES) expect(canBecome(from, to)).toBe(false);
  });
});
