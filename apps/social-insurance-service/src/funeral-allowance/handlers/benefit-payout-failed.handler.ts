import { Injectable } from '@nestjs/common';
import { BenefitPayoutFailedV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { FuneralAllowanceService } from '../funeral-allowance.service';

/** payment-service could not pay a benefit: when it is one of our allowances, the step fails. */
@Injectable()
@ConsumesEvent()
export class BenefitPayoutFailedHandler implements EventHandler<typeof BenefitPayoutFailedV1> {
  readonly definition = BenefitPayoutFailedV1;

  constructor(private readonly allowances: FuneralAllowanceService) {}

  handle(
    event: EventOf<typeof BenefitPayoutFailedV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    return this.allowances.failPayoutInTx(event, context);
  }
}
