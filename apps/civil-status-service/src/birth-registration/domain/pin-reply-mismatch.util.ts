/** What civil status asked the population register for, and what came back. */
export interface PinReplyCheck {
  readonly asked: { readonly motherPin: string; readonly fatherPin: string | null };
  readonly answered: {
    readonly motherPin: string;
    /** Null when the reply carries no father. */
    readonly fatherPin: string | null;
  };
}

/**
 * Why a PIN reply cannot belong to the request it names, or null when it fits: the parents'
 * particulars it carries must be those of the parents civil status gave. A mismatch is a broken
 * contract between the two services, not a reason to refuse the citizen.
 */
export function pinReplyMismatch({ asked, answered }: PinReplyCheck): string | null {
  if (asked.motherPin !== answered.motherPin) return 'the mother in the reply is not the one asked';
  if (asked.fatherPin !== answered.fatherPin) {
    return asked.fatherPin === null
      ? 'the reply names a father that was not asked for'
      : 'the father in the reply is missing or not the one asked';
  }
  return null;
}
