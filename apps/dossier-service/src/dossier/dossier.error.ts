import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why a dossier request was refused. */
export enum DossierErrorCode {
  DossierNotFound = 'dossier-not-found',
  IdempotencyKeyReused = 'idempotency-key-reused',
  InvalidCursor = 'invalid-cursor',
}

/** A dossier request error, answered as problem+json by the global filter. */
export class DossierError extends Error implements ConvertibleToProblem {
  constructor(readonly code: DossierErrorCode) {
    super(code);
    this.name = 'DossierError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case DossierErrorCode.DossierNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Dossier not found',
          detail: 'No dossier has this id.',
        };
      case DossierErrorCode.IdempotencyKeyReused:
        return {
          status: 422,
          type: this.code,
          title: 'Idempotency-Key already used with another request',
          detail:
            'A dossier was already filed with this Idempotency-Key and a different body. Use a new key for a new dossier.',
        };
      case DossierErrorCode.InvalidCursor:
        return {
          status: 400,
          type: 'validation-error',
          title: 'The request is not valid',
          detail: 'The cursor is not one this API returned.',
          errors: [{ parameter: 'cursor', detail: 'is not a cursor returned by this API' }],
        };
    }
  }
}
