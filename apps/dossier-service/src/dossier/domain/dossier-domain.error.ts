/** Why a dossier's steps or step graph were refused. */
export enum DossierDomainErrorCode {
  DuplicateStep = 'DUPLICATE_STEP',
  UnknownNeed = 'UNKNOWN_NEED',
  StepGraphCycle = 'STEP_GRAPH_CYCLE',
  UnknownStep = 'UNKNOWN_STEP',
  MissingStepStatus = 'MISSING_STEP_STATUS',
}

/**
 * A procedure's step graph or a dossier's steps are inconsistent. This is a configuration or
 * programming error, never a citizen's: it must not be turned into a rejected dossier.
 */
export class DossierDomainError extends Error {
  constructor(
    readonly code: DossierDomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierDomainError';
  }
}
