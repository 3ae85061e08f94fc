import { funeralAllowanceAmount } from './funeral-allowance-amount.util';
import { payoutDescription } from './payout-description.util';

describe('payoutDescription', () => {
  it('describes the payout by its rule, naming no person', () => {
    expect(payoutDescription(funeralAllowanceAmount({ dateOfDeath: '2026-11-20' }))).toBe(
      'Funeral allowance (social insurance): 10 x the reference level of 2,340,000 VND in force on the date of death (Decree 73/2024/ND-CP)',
    );
  });
});
