import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  FuneralSupportFailedV1,
  FuneralSupportNotApplicableV1,
  FuneralSupportPaidV1,
  PayBenefitV1,
  type BenefitPaidV1,
  type BenefitPayoutFailedV1,
  type EventOf,
  type PayFuneralSupportV1,
} from '@lienthong/contracts';
import {
  eventCausedBy,
  PermanentHandlerError,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import { Clock } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { BeneficiaryRegisterLoader } from '../beneficiary-register/beneficiary-register.loader';
import { BeneficiaryRegisterRepository } from '../beneficiary-register/beneficiary-register.repository';
import { SOCIAL_PROTECTION_SERVICE } from '../config/social-protection-service.config';
import {
  decideFuneralSupport,
  type FuneralSupportDecision,
  type FuneralSupportRefusalCode,
} from './domain/decide-funeral-support.util';
import { FuneralSupportError } from './domain/funeral-support.error';
import { payoutFailureReason } from './domain/payout-failure-reason.util';
import { supportHeldElsewhere } from './domain/support-held-elsewhere.util';
import type { FuneralSupportView } from './dto/funeral-support.dto';
import type { FuneralSupportEntity } from './funeral-support.entity';
import {
  FuneralSupportLookupError,
  FuneralSupportLookupErrorCode,
} from './funeral-support-lookup.error';
import { FuneralSupportRepository } from './funeral-support.repository';

type PayCommand = EventOf<typeof PayFuneralSupportV1>;

/** What payment-service is told the payout is, as `benefit` of `pay-benefit`. */
const BENEFIT = 'funeral-support';

const REFUSAL_CODES: readonly string[] = [
  'not-a-beneficiary',
  'higher-benefit-paid',
] satisfies FuneralSupportRefusalCode[];

function isRefusalCode(code: string | null): code is FuneralSupportRefusalCode {
  return code !== null && REFUSAL_CODES.includes(code);
}

/**
 * Funeral-expense support for deceased monthly social-assistance beneficiaries. A support due is
 * paid in two transactions joined by Kafka (ADR 0008's request/reply): the command records the
 * decision `awaiting_payout` and asks payment-service to pay it; the payout's result completes
 * or fails it. Every method that handles an event runs in the consumer's transaction: state,
 * inbox row and outgoing events commit together.
 */
@Injectable()
export class FuneralSupportService {
  private readonly logger = new Logger(FuneralSupportService.name);

  constructor(
    private readonly repository: FuneralSupportRepository,
    private readonly register: BeneficiaryRegisterRepository,
    private readonly registerLoader: BeneficiaryRegisterLoader,
    private readonly clock: Clock,
  ) {}

  /**
   * Handles PayFuneralSupportV1: decides by the register and the terms in force on the date of
   * death, records the decision, and either answers "not applicable" or asks for the payout.
   * @idempotent One decision per dossier: a re-sent command is answered as the first one was
   * (or, while the payout is pending, by its result). One support per deceased person: another
   * dossier for the same death is answered `higher-benefit-paid`.
   * @throws PermanentHandlerError when the rule cannot be applied (no level recorded in force on
   * the date of death) or a re-sent command contradicts the recorded one.
   */
  async payFuneralSupportInTx(
    command: PayCommand,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    // At first start the consumer may run before the seed commits: not loaded is not "not a
    // beneficiary".
    await this.registerLoader.whenLoaded();
    const { manager } = context;
    const { data } = command;
    const earlier = await this.repository.findByDossierInTx(data.dossierId, manager);
    if (earlier) return this.answerAgain(earlier, command, context);

    const beneficiary = await this.register.findBeneficiaryInTx(data.deceasedPin, manager);
    return this.recordAndAnswer(this.decide(command, beneficiary?.since ?? null), command, context);
  }

  /**
   * Handles BenefitPaidV1: completes the support of that dossier step, if this service awaits
   * its payout. A result for another agency's step, or one already settled, changes nothing.
   * @throws PermanentHandlerError when the amount paid is not the amount asked for.
   */
  async completeWithPayoutInTx(
    result: EventOf<typeof BenefitPaidV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { manager } = context;
    const support = await this.awaitingPayout(result.data, manager);
    if (!support) return 'skipped';
    const amount = this.amountOf(support);
    if (result.data.amount !== amount || result.data.currency !== 'VND') {
      throw new PermanentHandlerError(
        `funeral support ${support.id}: payment-service paid another amount than asked`,
      );
    }
    await this.repository.markPaidInTx(
      support.id,
      { paymentId: result.data.paymentId, at: this.clock.now() },
      manager,
    );
    this.logger.log(`funeral support ${support.id} of dossier ${support.dossierId} paid`);
    await context.emit([
      eventCausedBy(
        FuneralSupportPaidV1,
        result,
        {
          dossierId: support.dossierId,
          step: support.step,
          result: { amount, currency: 'VND', paymentId: result.data.paymentId },
        },
        { source: SOCIAL_PROTECTION_SERVICE.serviceName, time: this.clock.now() },
      ),
    ]);
    return 'applied';
  }

  /**
   * Handles BenefitPayoutFailedV1: fails the support of that dossier step, with the bank's
   * reason, if this service awaits its payout; the failed decision no longer holds the deceased's
   * one support. Other agencies' results, and settled supports, change nothing.
   */
  async failWithPayoutInTx(
    result: EventOf<typeof BenefitPayoutFailedV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { manager } = context;
    const support = await this.awaitingPayout(result.data, manager);
    if (!support) return 'skipped';
    const reason = payoutFailureReason({
      amount: this.amountOf(support),
      paymentReason: result.data.reason,
    });
    await this.repository.markFailedInTx(
      support.id,
      { paymentId: result.data.paymentId, code: 'payout-failed', reason, at: this.clock.now() },
      manager,
    );
    this.logger.log(
      `funeral support ${support.id} of dossier ${support.dossierId} failed: ${result.data.code}`,
    );
    await context.emit([
      eventCausedBy(
        FuneralSupportFailedV1,
        result,
        {
          dossierId: support.dossierId,
          step: support.step,
          code: 'payout-failed',
          reason,
        },
        { source: SOCIAL_PROTECTION_SERVICE.serviceName, time: this.clock.now() },
      ),
    ]);
    return 'applied';
  }

  /** @throws FuneralSupportLookupError NotFound. */
  async getFuneralSupport(dossierId: string): Promise<FuneralSupportView> {
    const support = await this.repository.findByDossier(dossierId);
    if (!support) throw new FuneralSupportLookupError(FuneralSupportLookupErrorCode.NotFound);
    return {
      dossierId: support.dossierId,
      step: support.step,
      status: support.status,
      deceasedPin: support.deceasedPin,
      dateOfDeath: support.dateOfDeath,
      payeePin: support.payeePin,
      amount: support.amount,
      currency: 'VND',
      otherFuneralBenefitPaid: support.otherFuneralBenefitPaid,
      paymentId: support.paymentId,
      code: support.code,
      reason: support.reason,
      decidedAt: support.decidedAt.toISOString(),
      settledAt: support.settledAt?.toISOString() ?? null,
    };
  }

  /** The rule applied to one command; a rule that cannot be applied is a dead letter. */
  private decide(command: PayCommand, beneficiarySince: string | null): FuneralSupportDecision {
    const { data } = command;
    try {
      return decideFuneralSupport({
        beneficiarySince,
        dateOfDeath: data.dateOfDeath,
        // The register records no paying commune yet: the PIN's province stands for it.
        provinceCode: data.deceasedPin.slice(0, 3),
        otherFuneralBenefitPaid: data.otherFuneralBenefitPaid?.amount,
      });
    } catch (error: unknown) {
      // Retrying cannot fill a gap in the terms; an operator adds the level, then replays.
      if (error instanceof FuneralSupportError) {
        throw new PermanentHandlerError(
          `dossier ${data.dossierId}: the funeral support rule could not be applied: ${error.code}`,
        );
      }
      throw error;
    }
  }

  /**
   * Records a decision and answers it: "not applicable" at once, or a payout request. When a
   * unique constraint holds instead, the dossier was decided concurrently (answered as it was),
   * or another dossier holds this person's support (then this one is not applicable).
   */
  private async recordAndAnswer(
    decision: FuneralSupportDecision,
    command: PayCommand,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { manager } = context;
    const { data } = command;
    const row = {
      id: randomUUID(),
      dossierId: data.dossierId,
      step: data.step,
      deceasedPin: data.deceasedPin,
      dateOfDeath: data.dateOfDeath,
      payeePin: data.payee.pin,
      otherFuneralBenefitPaid: data.otherFuneralBenefitPaid?.amount ?? null,
      amount: decision.amount,
      decidedAt: this.clock.now(),
      ...(decision.kind === 'pay'
        ? { status: 'awaiting_payout' as const, code: null, reason: null }
        : { status: 'not_applicable' as const, code: decision.code, reason: decision.reason }),
    };
    if (await this.repository.insertIfAbsentInTx(row, manager)) {
      if (decision.kind === 'not-applicable') {
        this.logger.log(`dossier ${data.dossierId}: no funeral support, ${decision.code}`);
        await context.emit([
          eventCausedBy(
            FuneralSupportNotApplicableV1,
            command,
            {
              dossierId: data.dossierId,
              step: data.step,
              code: decision.code,
              reason: decision.reason,
            },
            { source: SOCIAL_PROTECTION_SERVICE.serviceName, time: this.clock.now() },
          ),
        ]);
        return 'applied';
      }
      this.logger.log(`funeral support ${row.id} of dossier ${data.dossierId} awaiting payout`);
      await context.emit([
        eventCausedBy(
          PayBenefitV1,
          command,
          {
            dossierId: data.dossierId,
            step: data.step,
            agency: SOCIAL_PROTECTION_SERVICE.serviceName,
            benefit: BENEFIT,
            amount: decision.amount,
            currency: 'VND',
            payee: data.payee,
            description: `Funeral-expense support for a deceased monthly social-assistance beneficiary (${decision.legalBasis})`,
          },
          { source: SOCIAL_PROTECTION_SERVICE.serviceName, time: this.clock.now() },
        ),
      ]);
      return 'applied';
    }

    const sameDossier = await this.repository.findByDossierInTx(data.dossierId, manager);
    if (sameDossier) return this.answerAgain(sameDossier, command, context);
    const holder =
      decision.kind === 'pay'
        ? await this.repository.findHeldForDeceasedInTx(data.deceasedPin, manager)
        : null;
    if (!holder) {
      // The conflicting row changed in between (a failed payout frees the person). Retrying
      // (the messaging kit does) decides again.
      throw new Error(`dossier ${data.dossierId}: conflicting funeral support vanished`);
    }
    this.logger.log(
      `dossier ${data.dossierId}: funeral support already held by ${holder.id} (dossier ${holder.dossierId})`,
    );
    return this.recordAndAnswer(supportHeldElsewhere(this.amountOf(holder)), command, context);
  }

  /** Answers a re-sent command as the first one was answered. */
  private async answerAgain(
    earlier: FuneralSupportEntity,
    command: PayCommand,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { data } = command;
    if (earlier.step !== data.step || earlier.deceasedPin !== data.deceasedPin) {
      // The contract allows one decision per dossier: this is a bug upstream, not a new case.
      throw new PermanentHandlerError(
        `dossier ${data.dossierId}: funeral support ${earlier.id} was decided for another step or person`,
      );
    }
    const key = { dossierId: earlier.dossierId, step: earlier.step };
    switch (earlier.status) {
      case 'awaiting_payout':
        // The payout request is already out; its result will answer the dossier.
        return 'skipped';
      case 'paid':
        if (!earlier.paymentId) {
          throw new PermanentHandlerError(`funeral support ${earlier.id} is paid without payment`);
        }
        await context.emit([
          eventCausedBy(
            FuneralSupportPaidV1,
            command,
            {
              ...key,
              result: {
                amount: this.amountOf(earlier),
                currency: 'VND',
                paymentId: earlier.paymentId,
              },
            },
            { source: SOCIAL_PROTECTION_SERVICE.serviceName, time: this.clock.now() },
          ),
        ]);
        return 'applied';
      case 'failed':
        await context.emit([
          eventCausedBy(
            FuneralSupportFailedV1,
            command,
            {
              ...key,
              code: 'payout-failed',
              reason: this.reasonOf(earlier),
            },
            { source: SOCIAL_PROTECTION_SERVICE.serviceName, time: this.clock.now() },
          ),
        ]);
        return 'applied';
      case 'not_applicable':
        if (!isRefusalCode(earlier.code)) {
          throw new PermanentHandlerError(`funeral support ${earlier.id} has no known refusal`);
        }
        await context.emit([
          eventCausedBy(
            FuneralSupportNotApplicableV1,
            command,
            {
              ...key,
              code: earlier.code,
              reason: this.reasonOf(earlier),
            },
            { source: SOCIAL_PROTECTION_SERVICE.serviceName, time: this.clock.now() },
          ),
        ]);
        return 'applied';
    }
  }

  /**
   * The support a payout result is about, locked, if this service awaits its payout; else null
   * (another agency's step of the same dossier, an unknown dossier, or a result already applied).
   */
  private async awaitingPayout(
    result: { readonly dossierId: string; readonly step: string },
    manager: EntityManager,
  ): Promise<FuneralSupportEntity | null> {
    const support = await this.repository.lockByDossierInTx(result.dossierId, manager);
    if (!support || support.step !== result.step || support.status !== 'awaiting_payout') {
      this.logger.log(
        `payout result for dossier ${result.dossierId} step ${result.step} ignored: no funeral support awaits it`,
      );
      return null;
    }
    return support;
  }

  /** The amount of a support that is due; the table's check constraint guarantees one. */
  private amountOf(support: FuneralSupportEntity): number {
    if (support.amount === null) {
      throw new PermanentHandlerError(`funeral support ${support.id} has no amount`);
    }
    return support.amount;
  }

  private reasonOf(support: FuneralSupportEntity): string {
    if (!support.reason) {
      throw new PermanentHandlerError(`funeral support ${support.id} has no reason`);
    }
    return support.reason;
  }
}
