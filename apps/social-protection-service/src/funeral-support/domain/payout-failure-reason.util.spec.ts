import { payoutFailureReason } from './payout-failure-reason.util';

describe('payoutFailureReason', () => {
  it('names the amount, then the reason payment-service gave', () => {
    expect(
      payoutFailureReason({ amount: 10_000_000, paymentReason: 'The bank account is closed.' }),
    ).toBe(
      'The funeral-expense support of 10,000,000 VND could not be paid: The bank account is closed.',
    );
  });
});
