import { Injectable } from '@nestjs/common';
import { PinRefusedV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { BirthRegistrationService } from '../birth-registration.service';

/** The population register refused the child's PIN (a parent it does not know). */
@Injectable()
@ConsumesEvent()
export class PinRefusedHandler implements EventHandler<typeof PinRefusedV1> {
  readonly definition = PinRefusedV1;

  constructor(private readonly births: BirthRegistrationService) {}

  handle(event: EventOf<typeof PinRefusedV1>, context: HandlerContext): Promise<HandlerOutcome> {
    return this.births.rejectForPinRefusalInTx(event, context);
  }
}
