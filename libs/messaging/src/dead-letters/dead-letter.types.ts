/** Why a message was set aside. */
export const DEAD_LETTER_REASONS = [
  'malformed',
  'invalid-envelope',
  'unknown-type',
  'invalid-data',
  'handler-failed',
] as const;
export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

/** `pending` until an operator replays it successfully. */
export const DEAD_LETTER_STATUSES = ['pending', 'replayed'] as const;
export type DeadLetterStatus = (typeof DEAD_LETTER_STATUSES)[number];
