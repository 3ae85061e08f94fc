import { Injectable } from '@nestjs/common';
import { ResidentParticularsV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { DeathRegistrationService } from '../death-registration.service';

/** The population register answered what it knows of a deceased asked about by a registration. */
@Injectable()
@ConsumesEvent()
export class ResidentParticularsHandler implements EventHandler<typeof ResidentParticularsV1> {
  readonly definition = ResidentParticularsV1;

  constructor(private readonly deaths: DeathRegistrationService) {}

  handle(
    event: EventOf<typeof ResidentParticularsV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    return this.deaths.decideOnParticularsInTx(event, context);
  }
}
