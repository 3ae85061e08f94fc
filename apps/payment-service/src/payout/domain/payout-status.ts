/**
 * Where a benefit payout stands. It leaves `pending` once, when the provider reports the transfer
 * made (`paid`) or refused (`failed`); nothing moves it afterwards, so the paying agency hears one
 * outcome per payout.
 */
export const PAYOUT_STATUSES = ['pending', 'paid', 'failed'] as const;

/** One of {@link PAYOUT_STATUSES}. */
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

/** The allowed transitions: only from `pending`, to an outcome. */
export const PAYOUT_TRANSITIONS = {
  pending: ['paid', 'failed'],
  paid: [],
  failed: [],
} as const satisfies Record<PayoutStatus, readonly PayoutStatus[]>;

/** Whether a payout in `from` may move to `to`. */
export function canPayoutTransition(from: PayoutStatus, to: PayoutStatus): boolean {
  return (PAYOUT_TRANSITIONS[from] as readonly PayoutStatus[]).includes(to);
}

/**
 * Why a payout failed, as `BenefitPayoutFailedV1` says it: the payee's bank refused the transfer,
 * or the account does not exist or cannot receive it.
 */
export const PAYOUT_FAILURE_CODES = ['refused-by-bank', 'invalid-account'] as const;

/** One of {@link PAYOUT_FAILURE_CODES}. */
export type PayoutFailureCode = (typeof PAYOUT_FAILURE_CODES)[number];

/** The reason given to the paying agency (and shown to the citizen) for each failure code. */
export const PAYOUT_FAILURE_REASONS = {
  'refused-by-bank': "The payee's bank refused the transfer: the benefit was not paid.",
  'invalid-account':
    "The payee's bank account does not exist or cannot receive transfers: the benefit was not paid.",
} as const satisfies Record<PayoutFailureCode, string>;
