/** Input of {@link deletionConfirmationNumber}. */
export interface DeletionConfirmationNumberInput {
  /** Province of the household the deceased permanently resided in; null when there was none. */
  readonly householdProvinceCode: string | null;
  /** The deceased's PIN: its first 3 digits are the province where their birth was registered. */
  readonly pin: string;
  /** Year of the deletion, in Asia/Ho_Chi_Minh. */
  readonly year: number;
  /** A value of the register's sequence: what makes the number unique. */
  readonly sequence: number;
}

/**
 * The confirmation number of a permanent-residence deletion at death, readable over the phone:
 * `XT-<province>-<year>-<sequence, at least 6 digits>` (XT: xoá thường trú, deletion of permanent
 * residence), e.g. `XT-079-2026-000007`. The province is the household's; a person with no
 * permanent residence is numbered under the province of their PIN. Unique because the sequence is;
 * province and year only help people.
 */
export function deletionConfirmationNumber({
  householdProvinceCode,
  pin,
  year,
  sequence,
}: DeletionConfirmationNumberInput): string {
  const province = householdProvinceCode ?? pin.slice(0, 3);
  return `XT-${province}-${year}-${String(sequence).padStart(6, '0')}`;
}
