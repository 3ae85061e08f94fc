import { Injectable } from '@nestjs/common';
import { RequestResidentParticularsV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { ResidentParticularsService } from '../resident-particulars.service';

/** An agency (civil status, registering a death) asks what the register knows of a person. */
@Injectable()
@ConsumesEvent()
export class RequestResidentParticularsHandler implements EventHandler<
  typeof RequestResidentParticularsV1
> {
  readonly definition = RequestResidentParticularsV1;

  constructor(private readonly service: ResidentParticularsService) {}

  async handle(
    event: EventOf<typeof RequestResidentParticularsV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    // "Unknown" is an answer too: the command is applied either way.
    await this.service.answer(event, context);
    return 'applied';
  }
}
