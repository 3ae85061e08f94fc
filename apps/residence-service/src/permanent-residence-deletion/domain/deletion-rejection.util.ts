/** Why the permanent residence of a deceased cannot be deleted (the contract's one code). */
export type DeletionRejectionCode = 'resident-unknown';

/**
 * The reason the applicant reads when the residence-deletion step is rejected. It names no one and
 * quotes no PIN (the event carries no personal data).
 */
export function deletionRejectionReason(code: DeletionRejectionCode): string {
  switch (code) {
    case 'resident-unknown':
      return (
        "The deceased's PIN is not in the national population register, so there is no " +
        'permanent residence to delete.'
      );
  }
}
