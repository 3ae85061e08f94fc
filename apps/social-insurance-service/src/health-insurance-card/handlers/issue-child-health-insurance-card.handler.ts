import { Injectable } from '@nestjs/common';
import { IssueChildHealthInsuranceCardV1, type EventOf } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { HealthInsuranceCardService } from '../health-insurance-card.service';

/** dossier-service asks for a child's card: issue it, or say why it does not apply. */
@Injectable()
@ConsumesEvent()
export class IssueChildHealthInsuranceCardHandler implements EventHandler<
  typeof IssueChildHealthInsuranceCardV1
> {
  readonly definition = IssueChildHealthInsuranceCardV1;

  constructor(private readonly cards: HealthInsuranceCardService) {}

  handle(
    event: EventOf<typeof IssueChildHealthInsuranceCardV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    return this.cards.issueChildCardInTx(event, context);
  }
}
