import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why the sandbox gateway refused a request. */
export enum SandboxErrorCode {
  PaymentNotFound = 'sandbox-payment-not-found',
  PaymentNotOpen = 'sandbox-payment-not-open',
  PayoutNotFound = 'sandbox-payout-not-found',
  PayoutNotOpen = 'sandbox-payout-not-open',
}

/** A refusal of the sandbox gateway; the global filter answers it as problem+json. */
export class SandboxError extends Error implements ConvertibleToProblem {
  constructor(
    readonly code: SandboxErrorCode,
    /** The payment's (payout's) status at the gateway, for `PaymentNotOpen` (`PayoutNotOpen`). */
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
      case SandboxErrorCode.PayoutNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Sandbox payout not found',
          detail: 'The sandbox gateway has no payout with this id.',
        };
      case SandboxErrorCode.PayoutNotOpen:
        return {
          status: 409,
          type: this.code,
          title: 'Sandbox payout not open',
          detail: `The sandbox payout is ${this.status ?? 'settled'}: it can no longer be confirmed or declined.`,
        };
    }
  }
}
