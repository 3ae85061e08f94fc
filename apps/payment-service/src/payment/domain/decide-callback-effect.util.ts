import type { CallbackOutcome, PaymentStatus } from './payment-status';

/**
 * What a provider callback does to a payment:
 * - `mark-paid` / `mark-declined`: the payment was pending; the fee step completes or is rejected;
 * - `refund-late-payment`: the money arrived after the payment was closed (declined, expired or
 *   cancelled), so the fee step it was for is already rejected: record it and refund it at once;
 * - `none`: a repeat, or news that no longer matters (a decline after a success).
 */
export type CallbackEffect = 'mark-paid' | 'mark-declined' | 'refund-late-payment' | 'none';

/** The effect of a callback with `outcome` on a payment that is `status`. */
export function decideCallbackEffect({
  status,
  outcome,
}: {
  status: PaymentStatus;
  outcome: CallbackOutcome;
}): CallbackEffect {
  switch (status) {
    case 'pending':
      return outcome === 'succeeded' ? 'mark-paid' : 'mark-declined';
    case 'declined':
    case 'expired':
    case 'cancelled':
      return outcome === 'succeeded' ? 'refund-late-payment' : 'none';
    case 'paid':
    case 'refunded':
      return 'none';
  }
}
