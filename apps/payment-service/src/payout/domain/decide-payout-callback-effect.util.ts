import type { CallbackOutcome } from '../../payment/domain/payment-status';
import type { PayoutStatus } from './payout-status';

/**
 * What a provider callback does to a payout:
 * - `mark-paid` / `mark-failed`: the payout was pending; the agency hears it was paid or failed;
 * - `reconcile`: the provider now says the opposite of the outcome already told to the agency
 *   (a success after a failure, a refusal after a success). Money may have moved against what the
 *   agency recorded: nothing is changed automatically, an operator reconciles with the provider;
 * - `none`: a repeat of the outcome already applied.
 */
export type PayoutCallbackEffect = 'mark-paid' | 'mark-failed' | 'reconcile' | 'none';

/** The effect of a callback with `outcome` on a payout that is `status`. */
export function decidePayoutCallbackEffect({
  status,
  outcome,
}: {
  status: PayoutStatus;
  outcome: CallbackOutcome;
}): PayoutCallbackEffect {
  switch (status) {
    case 'pending':
      return outcome === 'succeeded' ? 'mark-paid' : 'mark-failed';
    case 'paid':
      return outcome === 'succeeded' ? 'none' : 'reconcile';
    case 'failed':
      return outcome === 'declined' ? 'none' : 'reconcile';
  }
}
