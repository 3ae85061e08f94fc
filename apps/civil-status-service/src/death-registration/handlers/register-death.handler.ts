import { Injectable } from '@nestjs/common';
import { RegisterDeathV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { DeathRegistrationService } from '../death-registration.service';

/** dossier-service asks civil status to register a death. */
@Injectable()
@ConsumesEvent()
export class RegisterDeathHandler implements EventHandler<typeof RegisterDeathV1> {
  readonly definition = RegisterDeathV1;

  constructor(private readonly deaths: DeathRegistrationService) {}

  handle(event: EventOf<typeof RegisterDeathV1>, context: HandlerContext): Promise<HandlerOutcome> {
    return this.deaths.registerDeathInTx(event, context);
  }
}
