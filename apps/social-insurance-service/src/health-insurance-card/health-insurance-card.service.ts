import { Injectable, Logger } from '@nestjs/common';
import {
  ChildHealthInsuranceCardIssuedV1,
  ChildHealthInsuranceCardNotApplicableV1,
  type EventOf,
  type IssueChildHealthInsuranceCardV1,
} from '@lienthong/contracts';
import {
  eventCausedBy,
  PermanentHandlerError,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { Clock } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { SOCIAL_INSURANCE_SERVICE } from '../config/social-insurance-service.config';
import { CardLookupError, CardLookupErrorCode } from './card-lookup.error';
import { childCardEligibility } from './domain/card-eligibility.util';
import {
  CHILD_CARD_BENEFIT_LEVEL,
  CHILD_CARD_CATEGORY,
  CHILD_CARD_RULE,
} from './domain/card-terms';
import { childCardValidity } from './domain/card-validity.util';
import { HealthInsuranceCardError } from './domain/health-insurance-card.error';
import type { HealthInsuranceCardView } from './dto/health-insurance-card.dto';
import { HealthInsuranceCardEntity } from './health-insurance-card.entity';
import { HealthInsuranceCardRepository } from './health-insurance-card.repository';

type IssueCommand = EventOf<typeof IssueChildHealthInsuranceCardV1>;

/** The card to answer with, or why none applies. */
type IssueDecision =
  | { readonly kind: 'card'; readonly card: HealthInsuranceCardEntity }
  | { readonly kind: 'not-applicable'; readonly reason: string };

/** Issues children's health-insurance cards and serves the card register. */
@Injectable()
export class HealthInsuranceCardService {
  private readonly logger = new Logger(HealthInsuranceCardService.name);

  constructor(
    private readonly repository: HealthInsuranceCardRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Handles an issue command in the consumer's transaction: answers with the child's card, or
   * with "not applicable" when the child is 6 or older today (Asia/Ho_Chi_Minh).
   *
   * @idempotent One card per child: a card already issued under this PIN (by a redelivery, a
   * re-sent command or another dossier) is answered again as it is, whatever the child's age
   * now, and nothing is written. Concurrent commands for one child meet on the primary key.
   * @throws PermanentHandlerError when the rule cannot be applied (a date of birth after today,
   * an unusable rule): retrying cannot fix it, so the command goes to dead letters.
   */
  async issueChildCardInTx(
    command: IssueCommand,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const decision = await this.decideInTx(command, context.manager);
    const { dossierId, step } = command.data;
    if (decision.kind === 'not-applicable') {
      await context.emit([
        eventCausedBy(
          ChildHealthInsuranceCardNotApplicableV1,
          command,
          {
            dossierId,
            step,
            code: 'child-too-old',
            reason: decision.reason,
          },
          { source: SOCIAL_INSURANCE_SERVICE.serviceName, time: this.clock.now() },
        ),
      ]);
      return 'applied';
    }
    const { card } = decision;
    await context.emit([
      eventCausedBy(
        ChildHealthInsuranceCardIssuedV1,
        command,
        {
          dossierId,
          step,
          result: {
            cardNumber: card.cardNumber,
            category: card.category,
            benefitLevel: card.benefitLevel,
            validFrom: card.validFrom,
            validTo: card.validTo,
          },
        },
        { source: SOCIAL_INSURANCE_SERVICE.serviceName, time: this.clock.now() },
      ),
    ]);
    return 'applied';
  }

  /** @throws CardLookupError CardNotFound. */
  async getCard(cardNumber: string): Promise<HealthInsuranceCardView> {
    const card = await this.repository.findByNumber(cardNumber);
    if (!card) throw new CardLookupError(CardLookupErrorCode.CardNotFound);
    return {
      cardNumber: card.cardNumber,
      holder: {
        pin: card.cardNumber,
        fullName: card.holderFullName,
        dateOfBirth: card.holderDateOfBirth,
      },
      category: card.category,
      benefitLevel: card.benefitLevel,
      validFrom: card.validFrom,
      validTo: card.validTo,
      issuedAt: card.issuedAt.toISOString(),
      dossierId: card.dossierId,
    };
  }

  private async decideInTx(command: IssueCommand, manager: EntityManager): Promise<IssueDecision> {
    const { pin, fullName, sex, dateOfBirth, dossierId } = command.data;
    const existing = await this.repository.findByNumberInTx(pin, manager);
    if (existing) {
      this.logger.log(
        `card already issued (under dossier ${existing.dossierId}); answering dossier ${dossierId} with it`,
      );
      return { kind: 'card', card: existing };
    }
    const today = this.clock.today();
    const { eligibility, validity } = this.applyRule(dateOfBirth, today);
    if (!eligibility.eligible) {
      if (eligibility.code === 'born-after-today') {
        // Civil status never registers a birth in the future: this is bad data upstream.
        throw new PermanentHandlerError(
          `dossier ${dossierId}: the date of birth is after today (${today}), no card rule applies`,
        );
      }
      this.logger.log(`no card for dossier ${dossierId}: the child is 6 or older`);
      return { kind: 'not-applicable', reason: eligibility.reason };
    }
    const card = Object.assign(new HealthInsuranceCardEntity(), {
      cardNumber: pin,
      holderFullName: fullName,
      holderSex: sex,
      holderDateOfBirth: dateOfBirth,
      category: CHILD_CARD_CATEGORY,
      benefitLevel: CHILD_CARD_BENEFIT_LEVEL,
      validFrom: validity.validFrom,
      validTo: validity.validTo,
      dossierId,
      issuedAt: this.clock.now(),
    } satisfies HealthInsuranceCardEntity);
    if (await this.repository.insertIfAbsentInTx(card, manager)) {
      this.logger.log(`card issued for dossier ${dossierId}`);
      return { kind: 'card', card };
    }
    // Another transaction issued it between our read and our insert: answer with its card.
    const winner = await this.repository.findByNumberInTx(pin, manager);
    if (!winner) throw new Error(`dossier ${dossierId}: card insert conflicted but no card found`);
    return { kind: 'card', card: winner };
  }

  private applyRule(dateOfBirth: string, today: string) {
    try {
      return {
        eligibility: childCardEligibility({ dateOfBirth, today }, CHILD_CARD_RULE),
        validity: childCardValidity({ dateOfBirth }, CHILD_CARD_RULE),
      };
    } catch (error: unknown) {
      // The message may quote the date of birth (personal data): dead letters get the code only.
      if (error instanceof HealthInsuranceCardError) {
        throw new PermanentHandlerError(`the child card rule could not be applied: ${error.code}`);
      }
      throw error;
    }
  }
}
