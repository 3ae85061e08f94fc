import { Injectable } from '@nestjs/common';
import { NotifyApplicantV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { InboxService } from '../inbox.service';

/** dossier-service asks to tell an applicant that their dossier's status changed. */
@Injectable()
@ConsumesEvent()
export class NotifyApplicantHandler implements EventHandler<typeof NotifyApplicantV1> {
  readonly definition = NotifyApplicantV1;

  constructor(private readonly inbox: InboxService) {}

  handle(
    event: EventOf<typeof NotifyApplicantV1>,
    { manager }: HandlerContext,
  ): Promise<HandlerOutcome> {
    return this.inbox.notifyApplicantInTx(event.data, manager);
  }
}
