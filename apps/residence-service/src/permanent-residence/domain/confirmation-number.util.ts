/** Input of {@link confirmationNumber}. */
export interface ConfirmationNumberInput {
  /** 3-digit code of the province where the permanent residence is registered. */
  readonly provinceCode: string;
  /** Year of registration, in Asia/Ho_Chi_Minh. */
  readonly year: number;
  /** A value of the register's sequence: what makes the number unique. */
  readonly sequence: number;
}

/**
 * The confirmation number of a permanent-residence registration, readable over the phone:
 * `TT-<province>-<year>-<sequence, at least 6 digits>` (TT: thường trú, permanent residence),
 * e.g. `TT-079-2026-000042`. Unique because the sequence is; province and year only help people.
 */
export function confirmationNumber({
  provinceCode,
  year,
  sequence,
}: ConfirmationNumberInput): string {
  return `TT-${provinceCode}-${year}-${String(sequence).padStart(6, '0')}`;
}
