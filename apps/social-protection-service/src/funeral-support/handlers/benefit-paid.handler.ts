import { Injectable } from '@nestjs/common';
import { BenefitPaidV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { FuneralSupportService } from '../funeral-support.service';

/** payment-service paid a benefit: completes the funeral support it was asked for, if this service asked. */
@Injectable()
@ConsumesEvent()
export class BenefitPaidHandler implements EventHandler<typeof BenefitPaidV1> {
  readonly definition = BenefitPaidV1;

  constructor(private readonly supports: FuneralSupportService) {}

  handle(event: EventOf<typeof BenefitPaidV1>, context: HandlerContext): Promise<HandlerOutcome> {
    return this.supports.completeWithPayoutInTx(event, context);
  }
}
