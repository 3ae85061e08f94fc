/** Why a health-insurance card rule could not be applied. */
export enum HealthInsuranceCardErrorCode {
  INVALID_DATE = 'HEALTH_INSURANCE_CARD_INVALID_DATE',
  INVALID_RULE = 'HEALTH_INSURANCE_CARD_INVALID_RULE',
}

/** Domain error of the health-insurance card rules; the global filter maps `code` to problem+json. */
export class HealthInsuranceCardError extends Error {
  constructor(
    readonly code: HealthInsuranceCardErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HealthInsuranceCardError';
  }
}
