/**
 * The sandbox's test rule: an account number ending in `0000` does not exist, so a payout to it is
 * refused at once (`invalid-account`), whatever the mode. Real gateways find this out from the
 * bank; the sandbox needs a way to show the failure path in tests and demos.
 */
const INVALID_ACCOUNT_SUFFIX = '0000';

/**
 * What the sandbox does with a payout it has just accepted:
 * - `refuse-invalid-account`: the account is one the sandbox rule says does not exist;
 * - `settle`: the sandbox makes the transfer by itself (`PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS`);
 * - `await-manual`: it waits for its confirm or decline endpoint.
 */
export type SandboxPayoutDecision = 'refuse-invalid-account' | 'settle' | 'await-manual';

/** The sandbox's decision on a new payout to `accountNumber`. */
export function decideSandboxPayout({
  accountNumber,
  autoSettle,
}: {
  accountNumber: string;
  autoSettle: boolean;
}): SandboxPayoutDecision {
  if (accountNumber.endsWith(INVALID_ACCOUNT_SUFFIX)) return 'refuse-invalid-account';
  return autoSettle ? 'settle' : 'await-manual';
}
