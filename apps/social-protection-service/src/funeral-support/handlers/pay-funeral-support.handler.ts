import { Injectable } from '@nestjs/common';
import { PayFuneralSupportV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { FuneralSupportService } from '../funeral-support.service';

/** dossier-service asks for the funeral-expense support of a death: pay it, or say why none is due. */
@Injectable()
@ConsumesEvent()
export class PayFuneralSupportHandler implements EventHandler<typeof PayFuneralSupportV1> {
  readonly definition = PayFuneralSupportV1;

  constructor(private readonly supports: FuneralSupportService) {}

  handle(
    event: EventOf<typeof PayFuneralSupportV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    return this.supports.payFuneralSupportInTx(event, context);
  }
}
