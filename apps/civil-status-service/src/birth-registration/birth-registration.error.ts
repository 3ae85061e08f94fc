import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why a birth register lookup failed. */
export enum BirthRegistrationErrorCode {
  NotFound = 'birth-registration-not-found',
}

/** A birth register domain error; the global filter answers it as problem+json. */
export class BirthRegistrationError extends Error implements ConvertibleToProblem {
  constructor(readonly code: BirthRegistrationErrorCode) {
    super(code);
    this.name = 'BirthRegistrationError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case BirthRegistrationErrorCode.NotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Birth registration not found',
          detail: 'No birth is registered under this registration number.',
        };
    }
  }
}
