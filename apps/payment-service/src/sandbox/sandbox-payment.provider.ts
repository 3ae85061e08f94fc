import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  IssuedRefund,
  OpenedPayment,
  OpenPaymentRequest,
  PaymentProvider,
  PayoutRequest,
  RefundRequest,
  SubmittedPayout,
} from '../payment/provider/payment-provider';
import { SandboxGateway } from './sandbox-gateway.service';

/** The adapter of the built-in sandbox gateway (`PAYMENT_PROVIDER=sandbox`). */
@Injectable()
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';

  constructor(private readonly gateway: SandboxGateway) {}

  open(request: OpenPaymentRequest, manager: EntityManager): Promise<OpenedPayment> {
    return this.gateway.openInTx(request, manager);
  }

  refund(request: RefundRequest, manager: EntityManager): Promise<IssuedRefund> {
    return this.gateway.refundInTx(request, manager);
  }

  cancel(paymentId: string, manager: EntityManager): Promise<void> {
    return this.gateway.cancelInTx(paymentId, manager);
  }

  payout(request: PayoutRequest, manager: EntityManager): Promise<SubmittedPayout> {
    return this.gateway.payoutInTx(request, manager);
  }
}
