/** Digits of an account number left readable: enough for the payee to recognise the account. */
const VISIBLE_DIGITS = 4;

/**
 * A bank account number as this service keeps and shows it: every digit but the last four
 * replaced by `*` (`0071000123456` → `*********3456`). The full number goes to the provider only.
 */
export function maskAccountNumber({ accountNumber }: { accountNumber: string }): string {
  const hidden = Math.max(accountNumber.length - VISIBLE_DIGITS, 0);
  return '*'.repeat(hidden) + accountNumber.slice(hidden);
}
