import { Injectable } from '@nestjs/common';
import { PayBenefitV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { PayoutService } from '../payout.service';

/** An agency asks for a benefit to be paid to a citizen: submit its payout (once per dossier step). */
@Injectable()
@ConsumesEvent()
export class PayBenefitHandler implements EventHandler<typeof PayBenefitV1> {
  readonly definition = PayBenefitV1;

  constructor(private readonly payouts: PayoutService) {}

  handle(
    event: EventOf<typeof PayBenefitV1>,
    { manager }: HandlerContext,
  ): Promise<HandlerOutcome> {
    return this.payouts.payBenefitInTx(event, manager);
  }
}
