/**
 * Where a payment stands, and where it may go. Transitions are decided here and nowhere else:
 * outcomes are applied only from `pending`, so a repeated or late callback changes nothing it
 * should not, and money is given back at most once (`paid` → `refunded`).
 */
export const PAYMENT_STATUSES = [
  'pending',
  'paid',
  'declined',
  'expired',
  'cancelled',
  'refunded',
] as const;

/** One of {@link PAYMENT_STATUSES}. */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * The allowed transitions. `declined`, `expired` and `cancelled` may still go to `refunded`: a
 * provider that takes the money after the payment was closed (a late success callback) is
 * refunded at once, since the fee step it was for has already been rejected.
 */
export const PAYMENT_TRANSITIONS = {
  pending: ['paid', 'declined', 'expired', 'cancelled'],
  paid: ['refunded'],
  declined: ['refunded'],
  expired: ['refunded'],
  cancelled: ['refunded'],
  refunded: [],
} as const satisfies Record<PaymentStatus, readonly PaymentStatus[]>;

/** Whether a payment in `from` may move to `to`. */
export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return (PAYMENT_TRANSITIONS[from] as readonly PaymentStatus[]).includes(to);
}

/** What a provider's callback says happened to a payment. */
export const CALLBACK_OUTCOMES = ['succeeded', 'declined'] as const;

/** One of {@link CALLBACK_OUTCOMES}. */
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];
