/**
 * Where the funeral support of one dossier stands:
 * - `not_applicable`: decided at once, no support is due (code and reason kept);
 * - `awaiting_payout`: due; payment-service has been asked to pay it (`pay-benefit`);
 * - `paid`: payment-service paid it (payment id kept);
 * - `failed`: due, but the payout failed (code and reason kept).
 */
export const FUNERAL_SUPPORT_STATUSES = [
  'not_applicable',
  'awaiting_payout',
  'paid',
  'failed',
] as const;

/** One of {@link FUNERAL_SUPPORT_STATUSES}. */
export type FuneralSupportStatus = (typeof FUNERAL_SUPPORT_STATUSES)[number];
