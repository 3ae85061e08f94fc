import { Injectable } from '@nestjs/common';
import { RegisterBirthV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { BirthRegistrationService } from '../birth-registration.service';

/** dossier-service asks civil status to register a birth. */
@Injectable()
@ConsumesEvent()
export class RegisterBirthHandler implements EventHandler<typeof RegisterBirthV1> {
  readonly definition = RegisterBirthV1;

  constructor(private readonly births: BirthRegistrationService) {}

  handle(event: EventOf<typeof RegisterBirthV1>, context: HandlerContext): Promise<HandlerOutcome> {
    return this.births.registerBirthInTx(event, context);
  }
}
