import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';
import type { SignatureRefusal } from './domain/verify-callback-signature.util';

/** Why a payment request or a provider callback was refused. */
export enum PaymentErrorCode {
  PaymentNotFound = 'payment-not-found',
  ProviderNotFound = 'payment-provider-not-found',
  InvalidCallbackSignature = 'invalid-callback-signature',
  CallbackAmountMismatch = 'callback-amount-mismatch',
}

const SIGNATURE_REFUSALS: Record<SignatureRefusal, string> = {
  missing: 'The X-Lienthong-Signature header is missing.',
  malformed: 'The X-Lienthong-Signature header is not of the form t=<unix seconds>,v1=<hex>.',
  'timestamp-out-of-tolerance': 'The signature timestamp is more than 5 minutes from our clock.',
  'no-matching-signature': 'No v1 signature matches the body.',
};

/** A refusal of the payment module; the global filter answers it as problem+json. */
export class PaymentError extends Error implements ConvertibleToProblem {
  constructor(
    readonly code: PaymentErrorCode,
    /** Why the signature was refused, for `InvalidCallbackSignature`. */
    readonly refusal?: SignatureRefusal,
  ) {
    super(refusal ? `${code}: ${refusal}` : code);
    this.name = 'PaymentError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case PaymentErrorCode.PaymentNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Payment not found',
          detail: 'No payment with this id.',
        };
      case PaymentErrorCode.ProviderNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Payment provider not found',
          detail: 'This service takes no callbacks from a provider of this name.',
        };
      case PaymentErrorCode.InvalidCallbackSignature:
        return {
          status: 401,
          type: this.code,
          title: 'Callback signature not valid',
          detail: `${SIGNATURE_REFUSALS[this.refusal ?? 'missing']} Nothing was changed.`,
        };
      case PaymentErrorCode.CallbackAmountMismatch:
        return {
          status: 422,
          type: this.code,
          title: 'Callback amount does not match the payment',
          detail:
            "The amount or currency in the callback is not the payment's. Nothing was changed.",
        };
    }
  }
}
