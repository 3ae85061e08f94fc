import { Injectable } from '@nestjs/common';
import { RefundFeeV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { PaymentService } from '../payment.service';

/** dossier-service compensates a paid fee of a rejected dossier: refund it (once). */
@Injectable()
@ConsumesEvent()
export class RefundFeeHandler implements EventHandler<typeof RefundFeeV1> {
  readonly definition = RefundFeeV1;

  constructor(private readonly payments: PaymentService) {}

  handle(event: EventOf<typeof RefundFeeV1>, { manager }: HandlerContext): Promise<HandlerOutcome> {
    return this.payments.refundFeeInTx(event, manager);
  }
}
