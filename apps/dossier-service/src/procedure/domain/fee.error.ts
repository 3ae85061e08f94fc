/** Why a fee could not be computed. */
export enum FeeErrorCode {
  NoRuleInForce = 'NO_FEE_RULE_IN_FORCE',
  OverlappingRules = 'OVERLAPPING_FEE_RULES',
  InvalidInput = 'INVALID_FEE_INPUT',
}

/**
 * A fee could not be computed. A missing or overlapping rule is a configuration error: charging
 * a guessed amount to a citizen is worse than refusing the dossier until the rules are fixed.
 */
export class FeeError extends Error {
  constructor(
    readonly code: FeeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FeeError';
  }
}
