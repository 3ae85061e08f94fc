import { payoutFailureReason } from './payout-failure-reason.util';

describe('payoutFailureReason', () => {
  it("gives the amount due and the bank's reason", () => {
    expect(payoutFailureReason({ amount: 23_400_000, bankReason: 'The account is closed.' })).toBe(
      'The funeral allowance of 23,400,000 VND is due but could not be paid: The account is closed.',
    );
  });
});
