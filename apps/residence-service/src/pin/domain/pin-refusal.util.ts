import type { PIN_REFUSAL_CODES } from '@lienthong/contracts';

/** Why the population register refuses to issue a PIN, in words the applicant can read. */
export interface PinRefusal {
  readonly code: (typeof PIN_REFUSAL_CODES)[number];
  readonly reason: string;
}

/** What the register knows of the parents named in a request for a PIN. */
export interface ParentsKnown {
  readonly motherKnown: boolean;
  /** Undefined when no father was named (the father's PIN is optional). */
  readonly fatherKnown?: boolean;
}

/**
 * Whether a PIN must be refused: a parent named by a PIN the population register does not hold
 * (the parents' particulars are taken from the register, never asked again: Decree 63/2024/ND-CP).
 * The mother is checked first; the reason names both parents when both are unknown. It names no
 * one and quotes no PIN: it is shown to the applicant, who knows what they entered.
 */
export function pinRefusal({ motherKnown, fatherKnown }: ParentsKnown): PinRefusal | null {
  const fatherUnknown = fatherKnown === false;
  if (!motherKnown) {
    return {
      code: 'mother-unknown',
      reason: fatherUnknown
        ? "Neither the mother's PIN nor the father's PIN is in the national population register; please check both PINs."
        : "The mother's PIN is not in the national population register; please check the PIN.",
    };
  }
  if (fatherUnknown) {
    return {
      code: 'father-unknown',
      reason:
        "The father's PIN is not in the national population register; please check the PIN, or leave the father out.",
    };
  }
  return null;
}
