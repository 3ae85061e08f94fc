import { Injectable } from '@nestjs/common';
import { CollectFeeV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { PaymentService } from '../payment.service';

/** dossier-service asks for a fee: open its payment (once per dossier step). */
@Injectable()
@ConsumesEvent()
export class CollectFeeHandler implements EventHandler<typeof CollectFeeV1> {
  readonly definition = CollectFeeV1;

  constructor(private readonly payments: PaymentService) {}

  handle(
    event: EventOf<typeof CollectFeeV1>,
    { manager }: HandlerContext,
  ): Promise<HandlerOutcome> {
    return this.payments.collectFeeInTx(event, manager);
  }
}
