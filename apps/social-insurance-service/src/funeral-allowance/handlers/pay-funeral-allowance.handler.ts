import { Injectable } from '@nestjs/common';
import { PayFuneralAllowanceV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { FuneralAllowanceService } from '../funeral-allowance.service';

/** dossier-service asks for the funeral allowance of a death: grant and pay it, or say why not. */
@Injectable()
@ConsumesEvent()
export class PayFuneralAllowanceHandler implements EventHandler<typeof PayFuneralAllowanceV1> {
  readonly definition = PayFuneralAllowanceV1;

  constructor(private readonly allowances: FuneralAllowanceService) {}

  handle(
    event: EventOf<typeof PayFuneralAllowanceV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    return this.allowances.payInTx(event, context);
  }
}
