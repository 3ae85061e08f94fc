import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why a funeral allowance lookup failed. */
export enum FuneralAllowanceLookupErrorCode {
  NotFound = 'funeral-allowance-not-found',
}

/** A funeral allowance lookup error; the global filter answers it as problem+json. */
export class FuneralAllowanceLookupError extends Error implements ConvertibleToProblem {
  constructor(readonly code = FuneralAllowanceLookupErrorCode.NotFound) {
    super(code);
    this.name = 'FuneralAllowanceLookupError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case FuneralAllowanceLookupErrorCode.NotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Funeral allowance not found',
          detail: 'No funeral allowance has been decided for this dossier.',
        };
    }
  }
}
