import { Injectable } from '@nestjs/common';
import { BenefitPaidV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { FuneralAllowanceService } from '../funeral-allowance.service';

/** payment-service paid a benefit: when it is one of our allowances, the step is completed. */
@Injectable()
@ConsumesEvent()
export class BenefitPaidHandler implements EventHandler<typeof BenefitPaidV1> {
  readonly definition = BenefitPaidV1;

  constructor(private readonly allowances: FuneralAllowanceService) {}

  handle(event: EventOf<typeof BenefitPaidV1>, context: HandlerContext): Promise<HandlerOutcome> {
    return this.allowances.completePaidInTx(event, context);
  }
}
