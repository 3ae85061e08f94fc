import type { PaymentStatus } from './payment-status';

/**
 * What a refund command does to a payment:
 * - `refund`: the fee was paid; give it back (once);
 * - `cancel`: still pending; close it so the citizen can no longer pay (a payment that still
 *   arrives is refunded as a late payment);
 * - `none`: nothing is kept: already refunded, or never paid (declined, expired, cancelled).
 */
export type RefundAction = 'refund' | 'cancel' | 'none';

/** The action a refund command takes on a payment that is `status`. */
export function decideRefundAction({ status }: { status: PaymentStatus }): RefundAction {
  switch (status) {
    case 'paid':
      return 'refund';
    case 'pending':
      return 'cancel';
    case 'declined':
    case 'expired':
    case 'cancelled':
    case 'refunded':
      return 'none';
  }
}
