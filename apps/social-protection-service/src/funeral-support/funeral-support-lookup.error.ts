import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why a funeral-support lookup failed. */
export enum FuneralSupportLookupErrorCode {
  NotFound = 'funeral-support-not-found',
}

/** A funeral-support lookup error; the global filter answers it as problem+json. */
export class FuneralSupportLookupError extends Error implements ConvertibleToProblem {
  constructor(readonly code: FuneralSupportLookupErrorCode) {
    super(code);
    this.name = 'FuneralSupportLookupError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case FuneralSupportLookupErrorCode.NotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Funeral support not found',
          detail: 'No funeral-support decision has been made for this dossier.',
        };
    }
  }
}
