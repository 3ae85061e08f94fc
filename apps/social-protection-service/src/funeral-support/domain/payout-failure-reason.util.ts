import { formatVnd } from './format-vnd.util';

/** Input of {@link payoutFailureReason}. */
export interface PayoutFailureReasonInput {
  /** The support that could not be paid, whole VND. */
  readonly amount: number;
  /** payment-service's reason, in words the citizen can read. */
  readonly paymentReason: string;
}

/** Why the funeral-support step failed, for the citizen: the amount, then the bank's reason. */
export function payoutFailureReason({ amount, paymentReason }: PayoutFailureReasonInput): string {
  return `The funeral-expense support of ${formatVnd(amount)} could not be paid: ${paymentReason}`;
}
