import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  FuneralAllowanceFailedV1,
  FuneralAllowanceNotApplicableV1,
  FuneralAllowancePaidV1,
  PayBenefitV1,
  type BenefitPaidV1,
  type BenefitPayoutFailedV1,
  type EventData,
  type EventOf,
  type PayFuneralAllowanceV1,
} from '@lienthong/contracts';
import {
  eventCausedBy,
  PermanentHandlerError,
  type HandlerContext,
  type HandlerOutcome,
  type OutgoingEvent,
} from '@lienthong/messaging';
import { Clock } from '@lienthong/platform';
import { SOCIAL_INSURANCE_SERVICE } from '../config/social-insurance-service.config';
import { InsuranceRegisterLoader } from '../insurance-register/insurance-register.loader';
import { InsuranceRegisterRepository } from '../insurance-register/insurance-register.repository';
import { funeralAllowanceAmount } from './domain/funeral-allowance-amount.util';
import { funeralAllowanceEligibility } from './domain/funeral-allowance-eligibility.util';
import {
  funeralAllowanceRefusalReason,
  type FuneralAllowanceRefusal,
  type FuneralAllowanceRefusalCode,
} from './domain/funeral-allowance-refusal.util';
import { FuneralAllowanceRuleError } from './domain/funeral-allowance-rule.error';
import { canBecome } from './domain/funeral-allowance-status';
import { payoutDescription } from './domain/payout-description.util';
import { payoutFailureReason } from './domain/payout-failure-reason.util';
import type { FuneralAllowanceView } from './dto/funeral-allowance.dto';
import { FuneralAllowanceEntity } from './funeral-allowance.entity';
import { FuneralAllowanceLookupError } from './funeral-allowance.error';
import { FuneralAllowanceRepository, type PayoutSettlement } from './funeral-allowance.repository';

type PayCommand = EventOf<typeof PayFuneralAllowanceV1>;
type NotApplicableCode = EventData<typeof FuneralAllowanceNotApplicableV1>['code'];

/** What payment-service pays benefits for: this agency, and this benefit. */
const BENEFIT = 'funeral-allowance';

/** The contract's code for each refusal (FuneralAllowanceNotApplicableV1). */
const CONTRACT_CODE = {
  'not-in-register': 'not-in-register',
  'insufficient-contributions': 'insufficient-contributions',
  'already-granted': 'already-granted',
} as const satisfies Record<FuneralAllowanceRefusalCode, NotApplicableCode>;

/**
 * The funeral allowance. It is decided and paid in two transactions joined by Kafka: the command
 * records the decision; a granted allowance is recorded `awaiting_payout` with a PayBenefit
 * command to payment-service, and payment-service's answer completes it. Every method runs in
 * the consumer's transaction: state, inbox row and outgoing events commit together.
 */
@Injectable()
export class FuneralAllowanceService {
  private readonly logger = new Logger(FuneralAllowanceService.name);

  constructor(
    private readonly repository: FuneralAllowanceRepository,
    private readonly register: InsuranceRegisterRepository,
    private readonly registerLoader: InsuranceRegisterLoader,
    private readonly clock: Clock,
  ) {}

  /**
   * Handles PayFuneralAllowanceV1: refuses (not applicable) a deceased not entitled by the
   * register, else grants 10 × the reference level of the date of death and asks payment-service
   * to pay it to the payee.
   *
   * @idempotent One decision per dossier step: a re-sent command is answered as the first one
   * was (a payout in flight is not asked for twice). One allowance per death: another dossier for
   * a death already granted is answered not applicable.
   * @throws PermanentHandlerError when the rule cannot be applied (no reference level for the
   * date of death): the table must be extended, then the dead letter replayed.
   */
  async payInTx(command: PayCommand, context: HandlerContext): Promise<HandlerOutcome> {
    const { manager } = context;
    const { data } = command;
    const earlier = await this.repository.findByDossierStepInTx(data.dossierId, data.step, manager);
    if (earlier) return this.answerAgain(earlier, command, context);

    // At first start the consumer may run before the seed commits: not loaded is not unknown.
    await this.registerLoader.whenLoaded();
    const insured = await this.register.findByPinInTx(data.deceasedPin, manager);
    const eligibility = funeralAllowanceEligibility({ insured, dateOfDeath: data.dateOfDeath });
    if (!eligibility.entitled) return this.refuse(eligibility.refusal, command, context);

    const computed = this.amountFor(data.dossierId, data.dateOfDeath);
    const granted = this.newDecision(command, {
      status: 'awaiting_payout',
      amount: computed.amount,
      currency: 'VND',
      referenceLevel: computed.referenceLevel.amount,
      referenceLevelMultiple: computed.referenceLevelMultiple,
    });
    if (await this.repository.insertIfAbsentInTx(granted, manager)) {
      this.logger.log(
        `dossier ${data.dossierId}: funeral allowance granted (${eligibility.as}), awaiting payout`,
      );
      await context.emit([
        eventCausedBy(
          PayBenefitV1,
          command,
          {
            dossierId: data.dossierId,
            step: data.step,
            agency: SOCIAL_INSURANCE_SERVICE.serviceName,
            benefit: BENEFIT,
            amount: computed.amount,
            currency: 'VND',
            payee: data.payee,
            description: payoutDescription(computed),
          },
          { source: SOCIAL_INSURANCE_SERVICE.serviceName, time: this.clock.now() },
        ),
      ]);
      return 'applied';
    }
    // A unique key held: the same dossier step (a concurrent re-send) or the same death.
    const sameStep = await this.repository.findByDossierStepInTx(
      data.dossierId,
      data.step,
      manager,
    );
    if (sameStep) return this.answerAgain(sameStep, command, context);
    this.logger.log(`dossier ${data.dossierId}: funeral allowance already granted for this death`);
    return this.refuse({ code: 'already-granted' }, command, context);
  }

  /**
   * Handles BenefitPaidV1: a payout of this service's allowance reached the payee; the allowance
   * is paid and the step completed. Answers about other agencies' steps, or about an allowance
   * no longer awaiting its payout (a redelivered answer), change nothing.
   * @throws PermanentHandlerError when the amount paid is not the amount granted.
   */
  async completePaidInTx(
    result: EventOf<typeof BenefitPaidV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { dossierId, step, paymentId, amount, currency } = result.data;
    const allowance = await this.awaitingPayout(dossierId, step, 'paid', context);
    if (!allowance) return 'skipped';
    if (amount !== allowance.amount || currency !== allowance.currency) {
      throw new PermanentHandlerError(
        `funeral allowance ${allowance.id}: payment ${paymentId} paid another amount than granted`,
      );
    }
    await this.repository.settleInTx(
      allowance.id,
      { status: 'paid', paymentId, at: this.clock.now() },
      context.manager,
    );
    this.logger.log(`dossier ${dossierId}: funeral allowance paid (payment ${paymentId})`);
    await context.emit([this.paid(allowance, paymentId, result)]);
    return 'applied';
  }

  /**
   * Handles BenefitPayoutFailedV1: the bank refused the payout; the step fails with the reason.
   * Answers about other agencies' steps or settled allowances change nothing.
   */
  async failPayoutInTx(
    result: EventOf<typeof BenefitPayoutFailedV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { dossierId, step, paymentId, code } = result.data;
    const allowance = await this.awaitingPayout(dossierId, step, 'payout_failed', context);
    if (!allowance) return 'skipped';
    if (allowance.amount === null) {
      throw new PermanentHandlerError(`funeral allowance ${allowance.id} has no amount`);
    }
    const reason = payoutFailureReason({
      amount: allowance.amount,
      bankReason: result.data.reason,
    });
    await this.repository.settleInTx(
      allowance.id,
      { status: 'payout_failed', paymentId, code, reason, at: this.clock.now() },
      context.manager,
    );
    this.logger.log(`dossier ${dossierId}: funeral allowance payout failed (${code})`);
    await context.emit([
      eventCausedBy(
        FuneralAllowanceFailedV1,
        result,
        {
          dossierId,
          step,
          code: 'payout-failed',
          reason,
        },
        { source: SOCIAL_INSURANCE_SERVICE.serviceName, time: this.clock.now() },
      ),
    ]);
    return 'applied';
  }

  /**
   * The decision of a dossier's funeral-allowance step.
   * @throws FuneralAllowanceLookupError when the dossier has none.
   */
  async getByDossier(dossierId: string): Promise<FuneralAllowanceView> {
    const allowance = await this.repository.findByDossier(dossierId);
    if (!allowance) throw new FuneralAllowanceLookupError();
    return {
      dossierId: allowance.dossierId,
      step: allowance.step,
      status: allowance.status,
      deceasedPin: allowance.deceasedPin,
      dateOfDeath: allowance.dateOfDeath,
      amount: allowance.amount,
      currency: allowance.currency,
      referenceLevel: allowance.referenceLevel,
      referenceLevelMultiple: allowance.referenceLevelMultiple,
      paymentId: allowance.paymentId,
      refusalCode: allowance.refusalCode,
      reason: allowance.reason,
      decidedAt: allowance.decidedAt.toISOString(),
      settledAt: allowance.settledAt?.toISOString() ?? null,
    };
  }

  /** Records a refusal and answers not applicable (or answers as a concurrent re-send did). */
  private async refuse(
    refusal: FuneralAllowanceRefusal,
    command: PayCommand,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { data } = command;
    const refused = this.newDecision(command, {
      status: 'not_applicable',
      refusalCode: refusal.code,
      reason: funeralAllowanceRefusalReason(refusal),
    });
    if (!(await this.repository.insertIfAbsentInTx(refused, context.manager))) {
      // Only the dossier step can conflict with a refusal: a re-send decided meanwhile.
      const sameStep = await this.repository.findByDossierStepInTx(
        data.dossierId,
        data.step,
        context.manager,
      );
      if (!sameStep) {
        throw new Error(`dossier ${data.dossierId}: refusal conflicted but no decision found`);
      }
      return this.answerAgain(sameStep, command, context);
    }
    this.logger.log(
      `dossier ${data.dossierId}: funeral allowance not applicable (${refusal.code})`,
    );
    await context.emit([this.notApplicable(refused, command)]);
    return 'applied';
  }

  /** Answers a re-sent command as the first one was answered. */
  private async answerAgain(
    earlier: FuneralAllowanceEntity,
    command: PayCommand,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    switch (earlier.status) {
      case 'awaiting_payout':
        // The payout is already asked for; payment-service's answer will answer the dossier.
        return 'skipped';
      case 'not_applicable':
        await context.emit([this.notApplicable(earlier, command)]);
        return 'applied';
      case 'paid':
        if (!earlier.paymentId) {
          throw new PermanentHandlerError(
            `funeral allowance ${earlier.id} is paid without payment`,
          );
        }
        await context.emit([this.paid(earlier, earlier.paymentId, command)]);
        return 'applied';
      case 'payout_failed':
        if (!earlier.reason) {
          throw new PermanentHandlerError(`funeral allowance ${earlier.id} failed without reason`);
        }
        await context.emit([
          eventCausedBy(
            FuneralAllowanceFailedV1,
            command,
            {
              dossierId: earlier.dossierId,
              step: earlier.step,
              code: 'payout-failed',
              reason: earlier.reason,
            },
            { source: SOCIAL_INSURANCE_SERVICE.serviceName, time: this.clock.now() },
          ),
        ]);
        return 'applied';
    }
  }

  /**
   * This service's allowance for a dossier step, locked, if a payout answer may settle it as
   * `to` (it awaits its payout); else null.
   */
  private async awaitingPayout(
    dossierId: string,
    step: string,
    to: PayoutSettlement['status'],
    context: HandlerContext,
  ): Promise<FuneralAllowanceEntity | null> {
    const allowance = await this.repository.lockByDossierStepInTx(dossierId, step, context.manager);
    if (!allowance) {
      // Another agency's payout (e.g. social protection's funeral support): not ours.
      return null;
    }
    if (!canBecome(allowance.status, to)) {
      this.logger.log(
        `payout answer for dossier ${dossierId} ignored: allowance ${allowance.status}`,
      );
      return null;
    }
    return allowance;
  }

  private amountFor(dossierId: string, dateOfDeath: string) {
    try {
      return funeralAllowanceAmount({ dateOfDeath });
    } catch (error: unknown) {
      // The message quotes the date of death (personal data): dead letters get the code only.
      if (error instanceof FuneralAllowanceRuleError) {
        throw new PermanentHandlerError(
          `dossier ${dossierId}: the funeral allowance rule could not be applied: ${error.code}`,
        );
      }
      throw error;
    }
  }

  private newDecision(
    command: PayCommand,
    decision: Partial<FuneralAllowanceEntity> & Pick<FuneralAllowanceEntity, 'status'>,
  ): FuneralAllowanceEntity {
    const { data } = command;
    return Object.assign(new FuneralAllowanceEntity(), {
      id: randomUUID(),
      dossierId: data.dossierId,
      step: data.step,
      deceasedPin: data.deceasedPin,
      dateOfDeath: data.dateOfDeath,
      refusalCode: null,
      amount: null,
      currency: null,
      referenceLevel: null,
      referenceLevelMultiple: null,
      paymentId: null,
      payoutFailureCode: null,
      reason: null,
      decidedAt: this.clock.now(),
      settledAt: null,
      ...decision,
    } satisfies FuneralAllowanceEntity);
  }

  private notApplicable(allowance: FuneralAllowanceEntity, cause: PayCommand): OutgoingEvent {
    if (!allowance.refusalCode || !allowance.reason) {
      throw new PermanentHandlerError(`funeral allowance ${allowance.id} refused without reason`);
    }
    return eventCausedBy(
      FuneralAllowanceNotApplicableV1,
      cause,
      {
        dossierId: allowance.dossierId,
        step: allowance.step,
        code: CONTRACT_CODE[allowance.refusalCode],
        reason: allowance.reason,
      },
      { source: SOCIAL_INSURANCE_SERVICE.serviceName, time: this.clock.now() },
    );
  }

  private paid(
    allowance: FuneralAllowanceEntity,
    paymentId: string,
    cause: { readonly id: string; readonly correlationid: string },
  ): OutgoingEvent {
    if (!allowance.amount) {
      throw new PermanentHandlerError(`funeral allowance ${allowance.id} has no amount`);
    }
    return eventCausedBy(
      FuneralAllowancePaidV1,
      cause,
      {
        dossierId: allowance.dossierId,
        step: allowance.step,
        result: { amount: allowance.amount, currency: 'VND', paymentId },
      },
      { source: SOCIAL_INSURANCE_SERVICE.serviceName, time: this.clock.now() },
    );
  }
}
