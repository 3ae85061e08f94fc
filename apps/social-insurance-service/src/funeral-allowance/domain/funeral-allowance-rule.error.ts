/** Why a funeral allowance rule could not be applied. */
export enum FuneralAllowanceRuleErrorCode {
  INVALID_DATE = 'FUNERAL_ALLOWANCE_INVALID_DATE',
  INVALID_TERMS = 'FUNERAL_ALLOWANCE_INVALID_TERMS',
  NO_REFERENCE_LEVEL = 'FUNERAL_ALLOWANCE_NO_REFERENCE_LEVEL',
}

/** Domain error of the funeral allowance rules: bad data or a table that does not cover a date. */
export class FuneralAllowanceRuleError extends Error {
  constructor(
    readonly code: FuneralAllowanceRuleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FuneralAllowanceRuleError';
  }
}
