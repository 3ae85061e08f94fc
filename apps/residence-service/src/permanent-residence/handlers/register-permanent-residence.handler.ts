import { Injectable } from '@nestjs/common';
import { RegisterPermanentResidenceV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { PermanentResidenceService } from '../permanent-residence.service';

/** dossier-service asks to register a newborn's permanent residence (residence.commands). */
@Injectable()
@ConsumesEvent()
export class RegisterPermanentResidenceHandler implements EventHandler<
  typeof RegisterPermanentResidenceV1
> {
  readonly definition = RegisterPermanentResidenceV1;

  constructor(private readonly service: PermanentResidenceService) {}

  async handle(
    event: EventOf<typeof RegisterPermanentResidenceV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    // A rejection is an answer too: the command is applied either way.
    await this.service.registerPermanentResidence(event, context);
    return 'applied';
  }
}
