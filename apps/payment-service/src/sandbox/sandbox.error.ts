import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why the sandbox gateway refused a request. */
export enum SandboxErrorCode {
  PaymentNotFound = 'sandbox-payment-not-found',
  PaymentNotOpen = 'sandbox-payment-not-open',
}

/** A refusal of the sandbox gateway; the global filter answers it as problem+json. */
export class SandboxError extends Error implements ConvertibleToProblem {
  constructor(
    readonly code: SandboxErrorCode,
    /** The payment's status at the gateway, for `PaymentNotOpen`. */
    readonly status?: string,
  ) {
    super(code);
    this.name = 'SandboxError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case SandboxErrorCode.PaymentNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Sandbox payment not found',
          detail: 'The sandbox gateway has no payment with this id.',
        };
      case SandboxErrorCode.PaymentNotOpen:
        return {
          status: 409,
          type: this.code,
          title: 'Sandbox payment not open',
          detail: `The sandbox payment is ${this.status ?? 'closed'}: it can no longer be confirmed or declined.`,
        };
    }
  }
}
