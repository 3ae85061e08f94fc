/**
 * Where a dossier's funeral allowance stands:
 * - `not_applicable`: no allowance is due (refusal code and reason kept);
 * - `awaiting_payout`: granted, payment-service has been asked to pay it;
 * - `paid`: payment-service paid it (payment id kept);
 * - `payout_failed`: granted but the bank refused the payout.
 */
export const FUNERAL_ALLOWANCE_STATUSES = [
  'not_applicable',
  'awaiting_payout',
  'paid',
  'payout_failed',
] as const;

/** One of {@link FUNERAL_ALLOWANCE_STATUSES}. */
export type FuneralAllowanceStatus = (typeof FUNERAL_ALLOWANCE_STATUSES)[number];

/** What each status may become: only a payout in flight is settled, once. */
export const FUNERAL_ALLOWANCE_TRANSITIONS = {
  not_applicable: [],
  awaiting_payout: ['paid', 'payout_failed'],
  paid: [],
  payout_failed: [],
} as const satisfies Record<FuneralAllowanceStatus, readonly FuneralAllowanceStatus[]>;

/**
 * Statuses that hold the allowance of a death: while one dossier's allowance is in one of them,
 * no other dossier is granted it. A failed payout paid nothing, so it holds nothing.
 */
export const GRANTED_STATUSES = [
  'awaiting_payout',
  'paid',
] as const satisfies readonly FuneralAllowanceStatus[];

/** Whether an allowance in `from` may become `to`. */
export function canBecome(from: FuneralAllowanceStatus, to: FuneralAllowanceStatus): boolean {
  return (FUNERAL_ALLOWANCE_TRANSITIONS[from] as readonly FuneralAllowanceStatus[]).includes(to);
}
