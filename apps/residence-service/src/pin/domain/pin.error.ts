/** Why a personal identification number (PIN) could not be built or read. */
export enum PinErrorCode {
  INVALID_PROVINCE_CODE = 'PIN_INVALID_PROVINCE_CODE',
  INVALID_DATE_OF_BIRTH = 'PIN_INVALID_DATE_OF_BIRTH',
  BIRTH_YEAR_OUT_OF_RANGE = 'PIN_BIRTH_YEAR_OUT_OF_RANGE',
  INVALID_PREFIX = 'PIN_INVALID_PREFIX',
  INVALID_RANDOM = 'PIN_INVALID_RANDOM',
  INVALID_FORMAT = 'PIN_INVALID_FORMAT',
  INVALID_SEX_CENTURY_DIGIT = 'PIN_INVALID_SEX_CENTURY_DIGIT',
  /** Every draw hit a PIN already held: the prefix's 6-digit space is (nearly) full. */
  SPACE_EXHAUSTED = 'PIN_SPACE_EXHAUSTED',
}

/** Domain error of the PIN rules; the global filter maps `code` to a problem+json response. */
export class PinError extends Error {
  constructor(
    readonly code: PinErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PinError';
  }
}
