import { Injectable } from '@nestjs/common';
import { DeletePermanentResidenceV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { PermanentResidenceDeletionService } from '../permanent-residence-deletion.service';

/** dossier-service asks to delete a deceased person's permanent residence (residence.commands). */
@Injectable()
@ConsumesEvent()
export class DeletePermanentResidenceHandler implements EventHandler<
  typeof DeletePermanentResidenceV1
> {
  readonly definition = DeletePermanentResidenceV1;

  constructor(private readonly service: PermanentResidenceDeletionService) {}

  async handle(
    event: EventOf<typeof DeletePermanentResidenceV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    // A rejection is an answer too: the command is applied either way.
    await this.service.deletePermanentResidence(event, context);
    return 'applied';
  }
}
