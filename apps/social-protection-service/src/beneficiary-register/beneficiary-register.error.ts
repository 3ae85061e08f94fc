import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why a beneficiary register lookup failed. */
export enum BeneficiaryRegisterErrorCode {
  BeneficiaryNotFound = 'beneficiary-not-found',
}

/**
 * A beneficiary register lookup error; the global filter answers it as problem+json. The detail
 * never holds the PIN (personal data): the caller already knows what it asked for.
 */
export class BeneficiaryRegisterError extends Error implements ConvertibleToProblem {
  constructor(readonly code: BeneficiaryRegisterErrorCode) {
    super(code);
    this.name = 'BeneficiaryRegisterError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case BeneficiaryRegisterErrorCode.BeneficiaryNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Beneficiary not found',
          detail: 'No monthly social-assistance beneficiary with this PIN is in the register.',
        };
    }
  }
}
