import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why a procedure lookup failed. */
export enum ProcedureErrorCode {
  ProcedureNotFound = 'procedure-not-found',
}

/** A procedure catalogue error, answered as problem+json by the global filter. */
export class ProcedureError extends Error implements ConvertibleToProblem {
  constructor(readonly code: ProcedureErrorCode) {
    super(code);
    this.name = 'ProcedureError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case ProcedureErrorCode.ProcedureNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Procedure not found',
          detail: 'No procedure group has this code; GET /v1/procedures lists them.',
        };
    }
  }
}
