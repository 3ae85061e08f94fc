import { Injectable } from '@nestjs/common';
import { PinIssuedV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { BirthRegistrationService } from '../birth-registration.service';

/** The population register issued the child's PIN asked for by a birth registration. */
@Injectable()
@ConsumesEvent()
export class PinIssuedHandler implements EventHandler<typeof PinIssuedV1> {
  readonly definition = PinIssuedV1;

  constructor(private readonly births: BirthRegistrationService) {}

  handle(event: EventOf<typeof PinIssuedV1>, context: HandlerContext): Promise<HandlerOutcome> {
    return this.births.registerWithPinInTx(event, context);
  }
}
