import type { PERMANENT_RESIDENCE_REJECTION_CODES } from '@lienthong/contracts';

/** Why a child's permanent residence cannot be registered. */
export type PermanentResidenceRejectionCode = (typeof PERMANENT_RESIDENCE_REJECTION_CODES)[number];

/** Input of {@link permanentResidenceRejectionReason}. */
export interface RejectionReasonInput {
  readonly code: PermanentResidenceRejectionCode;
  /** The parent whose permanent residence the applicant chose. */
  readonly withParent: 'mother' | 'father';
}

/**
 * The reason the applicant reads when the residence step is rejected: what is wrong and what to
 * do. It names no one and quotes no PIN (the event carries no personal data).
 */
export function permanentResidenceRejectionReason({
  code,
  withParent,
}: RejectionReasonInput): string {
  switch (code) {
    case 'parent-not-given':
      return `The child was to take the ${withParent}'s permanent residence, but no PIN was given for the ${withParent}.`;
    case 'parent-without-permanent-residence':
      return (
        `The ${withParent} has no permanent residence in the national population register, so the ` +
        `child cannot be registered there. Choose the other parent's permanent residence, or ` +
        `register the ${withParent}'s permanent residence first.`
      );
    case 'child-unknown':
      return "The child's PIN is not in the national population register.";
  }
}
