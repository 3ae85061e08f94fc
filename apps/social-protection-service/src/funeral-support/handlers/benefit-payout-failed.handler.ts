import { Injectable } from '@nestjs/common';
import { BenefitPayoutFailedV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { FuneralSupportService } from '../funeral-support.service';

/** payment-service could not pay a benefit: fails the funeral support it was asked for, if this service asked. */
@Injectable()
@ConsumesEvent()
export class BenefitPayoutFailedHandler implements EventHandler<typeof BenefitPayoutFailedV1> {
  readonly definition = BenefitPayoutFailedV1;

  constructor(private readonly supports: FuneralSupportService) {}

  handle(
    event: EventOf<typeof BenefitPayoutFailedV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    return this.supports.failWithPayoutInTx(event, context);
  }
}
