/** Why the funeral-support rule could not be applied. */
export enum FuneralSupportErrorCode {
  INVALID_DATE = 'FUNERAL_SUPPORT_INVALID_DATE',
  NO_LEVEL_IN_FORCE = 'FUNERAL_SUPPORT_NO_LEVEL_IN_FORCE',
  INVALID_TERMS = 'FUNERAL_SUPPORT_INVALID_TERMS',
}

/**
 * The funeral-support rule cannot be applied: bad input or a gap in the terms' data. Not a
 * refusal (refusals are decisions); the command goes to dead letters for an operator.
 */
export class FuneralSupportError extends Error {
  constructor(
    readonly code: FuneralSupportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FuneralSupportError';
  }
}
