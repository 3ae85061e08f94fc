import { formatVnd } from './format-vnd.util';

/** Why the step failed, for the family: the amount due and the bank's reason as payment-service gave it. */
export function payoutFailureReason({
  amount,
  bankReason,
}: {
  readonly amount: number;
  readonly bankReason: string;
}): string {
  return `The funeral allowance of ${formatVnd(amount)} is due but could not be paid: ${bankReason}`;
}
