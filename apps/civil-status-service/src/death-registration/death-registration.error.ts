import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why a death register lookup failed. */
export enum DeathRegistrationErrorCode {
  NotFound = 'death-registration-not-found',
}

/** A death register domain error; the global filter answers it as problem+json. */
export class DeathRegistrationError extends Error implements ConvertibleToProblem {
  constructor(readonly code: DeathRegistrationErrorCode) {
    super(code);
    this.name = 'DeathRegistrationError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case DeathRegistrationErrorCode.NotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Death registration not found',
          detail: 'No death is registered under this registration number.',
        };
    }
  }
}
