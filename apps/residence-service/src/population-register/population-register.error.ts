import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why a population register lookup failed. */
export enum PopulationRegisterErrorCode {
  ResidentNotFound = 'resident-not-found',
  HouseholdNotFound = 'household-not-found',
}

/**
 * A population register domain error; the global filter answers it as problem+json. The
 * message and detail never hold the PIN (personal data): the caller already knows what it asked.
 */
export class PopulationRegisterError extends Error implements ConvertibleToProblem {
  constructor(readonly code: PopulationRegisterErrorCode) {
    super(code);
    this.name = 'PopulationRegisterError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case PopulationRegisterErrorCode.ResidentNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Resident not found',
          detail: 'No resident with this PIN is in the population register.',
        };
      case PopulationRegisterErrorCode.HouseholdNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Household not found',
          detail: 'No household with this id is in the population register.',
        };
    }
  }
}
