import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { PaymentServiceConfig } from '../config/payment-service.config';
import { CALLBACK_SIGNATURE_HEADER } from './domain/callback-signature';
import { verifyCallbackSignature } from './domain/verify-callback-signature.util';
import { PaymentError, PaymentErrorCode } from './payment.error';

/** The parts of the request the guard reads. */
interface SignedRequest {
  readonly headers: Record<string, string | string[] | undefined>;
  /** The body bytes as received, kept by the platform's JSON parser. */
  readonly rawBody?: Buffer;
}

/**
 * Refuses a provider callback whose `X-Lienthong-Signature` does not match its raw body (401).
 * A guard, so it runs before validation: an unsigned request learns nothing about the body we
 * expect, and nothing is read or written for it.
 */
@Injectable()
export class CallbackSignatureGuard implements CanActivate {
  constructor(private readonly config: PaymentServiceConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<SignedRequest>();
    const header = request.headers[CALLBACK_SIGNATURE_HEADER];
    const verdict = verifyCallbackSignature({
      header: Array.isArray(header) ? header.join(',') : header,
      body: request.rawBody ?? Buffer.alloc(0),
      secret: this.config.PAYMENT_CALLBACK_SECRET,
      now: new Date(),
    });
    if (!verdict.ok) {
      throw new PaymentError(PaymentErrorCode.InvalidCallbackSignature, verdict.refusal);
    }
    return true;
  }
}
