import type { FuneralAllowanceAmount } from './funeral-allowance-amount.util';
import { formatVnd } from './format-vnd.util';

/** What the payout is for, on payment-service's record and the bank transfer; names no person. */
export function payoutDescription({
  referenceLevel,
  referenceLevelMultiple,
}: FuneralAllowanceAmount): string {
  return `Funeral allowance (social insurance): ${referenceLevelMultiple} x the reference level of ${formatVnd(referenceLevel.amount)} in force on the date of death (${referenceLevel.basis})`;
}
