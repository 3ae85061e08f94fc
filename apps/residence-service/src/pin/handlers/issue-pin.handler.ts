import { Injectable } from '@nestjs/common';
import { IssuePinV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { PinIssuanceService } from '../pin-issuance.service';

/** civil-status-service asks for a newborn's PIN (residence.commands). */
@Injectable()
@ConsumesEvent()
export class IssuePinHandler implements EventHandler<typeof IssuePinV1> {
  readonly definition = IssuePinV1;

  constructor(private readonly service: PinIssuanceService) {}

  async handle(
    event: EventOf<typeof IssuePinV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    // A refusal is an answer too: the command is applied either way.
    await this.service.issuePin(event, context);
    return 'applied';
  }
}
