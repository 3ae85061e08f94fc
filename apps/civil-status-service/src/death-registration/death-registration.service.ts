import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  DEATH_REGISTRATION_REJECTION_CODES,
  DeathRegisteredV1,
  DeathRegistrationRejectedV1,
  RequestResidentParticularsV1,
  type EventOf,
  type RegisterDeathV1,
  type ResidentParticularsV1,
} from '@lienthong/contracts';
import {
  eventCausedBy,
  PermanentHandlerError,
  type HandlerContext,
  type HandlerOutcome,
  type OutgoingEvent,
} from '@lienthong/messaging';
import { Clock, vietnamDate } from '@lienthong/platform';
import { CIVIL_STATUS_SERVICE } from '../config/civil-status-service.config';
import type { DeathRegistrationEntity } from './death-registration.entity';
import { DeathRegistrationError, DeathRegistrationErrorCode } from './death-registration.error';
import { DeathRegistrationRepository } from './death-registration.repository';
import { decideDeathRegistration } from './domain/decide-death-registration.util';
import { formatDeathRegistrationNumber } from './domain/death-registration-number.util';
import {
  deathRejectionReason,
  type DeathRefusal,
  type DeathRejectionCode,
} from './domain/death-rejection-reason.util';
import { isDateOfDeathInFuture } from './domain/is-date-of-death-in-future.util';
import type { DeathRegistrationExtractView } from './dto/death-registration.dto';

function isDeathRejectionCode(code: string | null): code is DeathRejectionCode {
  return (DEATH_REGISTRATION_REJECTION_CODES as readonly (string | null)[]).includes(code);
}

/**
 * The death register. A death is registered in two transactions joined by Kafka (ADR 0008): the
 * command records the registration `awaiting_particulars` and asks the population register
 * (residence-service) what it knows of the deceased; its answer registers the death, with a
 * number, or rejects it. Every method runs in the consumer's transaction: state, inbox row and
 * outgoing events commit together.
 */
@Injectable()
export class DeathRegistrationService {
  private readonly logger = new Logger(DeathRegistrationService.name);

  constructor(
    private readonly repository: DeathRegistrationRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Handles RegisterDeathV1: refuses a date of death in the future, else records the
   * registration and asks the population register for the deceased's particulars.
   * @idempotent by dossier step: a re-sent command is answered as the first one was.
   */
  async registerDeathInTx(
    command: EventOf<typeof RegisterDeathV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { manager } = context;
    const { data } = command;
    const earlier = await this.repository.findByDossierStepInTx(data.dossierId, data.step, manager);
    if (earlier) return this.answerAgain(earlier, command, context);

    if (isDateOfDeathInFuture({ dateOfDeath: data.dateOfDeath, now: this.clock.now() })) {
      this.logger.log(`dossier ${data.dossierId}: death refused, date of death in the future`);
      await context.emit([this.rejection(command, { code: 'date-of-death-in-future' })]);
      return 'applied';
    }

    const registration = {
      id: randomUUID(),
      dossierId: data.dossierId,
      step: data.step,
      deceasedPin: data.deceasedPin,
      dateOfDeath: data.dateOfDeath,
      placeOfDeath: data.placeOfDeath,
      medicalDeathCertificateNo: data.medicalDeathCertificateNo,
      applicantPin: data.applicantPin,
      applicantRelationship: data.applicantRelationship,
    };
    if (!(await this.repository.insertIfAbsentInTx(registration, manager))) {
      // The dossier step is held: a re-send handled concurrently committed first.
      const sameStep = await this.repository.findByDossierStepInTx(
        data.dossierId,
        data.step,
        manager,
      );
      if (!sameStep) {
        throw new Error(`dossier ${data.dossierId}: conflicting death registration vanished`);
      }
      return this.answerAgain(sameStep, command, context);
    }
    this.logger.log(`death registration ${registration.id} awaiting the deceased's particulars`);
    await context.emit([
      eventCausedBy(
        RequestResidentParticularsV1,
        command,
        {
          dossierId: data.dossierId,
          requestId: registration.id,
          pin: data.deceasedPin,
        },
        { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
      ),
    ]);
    return 'applied';
  }

  /**
   * Handles ResidentParticularsV1: registers the death with the deceased's particulars from the
   * population register, under the next number of the year's death register, or rejects it
   * (`decideDeathRegistration`). A reply for a registration unknown or no longer awaiting its
   * particulars changes nothing.
   * @throws PermanentHandlerError when the reply names another dossier or another person.
   */
  async decideOnParticularsInTx(
    reply: EventOf<typeof ResidentParticularsV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { manager } = context;
    const registration = await this.repository.lockInTx(reply.data.requestId, manager);
    if (!registration || registration.status !== 'awaiting_particulars') {
      // Also the replies to other agencies' requests: this topic is shared.
      this.logger.log(
        `particulars for request ${reply.data.requestId} ignored: nothing awaits them`,
      );
      return 'skipped';
    }
    if (registration.dossierId !== reply.data.dossierId) {
      throw new PermanentHandlerError(
        `particulars for death registration ${registration.id} name another dossier`,
      );
    }
    if (registration.deceasedPin !== reply.data.pin) {
      throw new PermanentHandlerError(
        `particulars for death registration ${registration.id} are of another person`,
      );
    }

    // Serialises registrations of one person until commit, so the read below sees any other.
    await this.repository.lockDeceasedInTx(registration.deceasedPin, manager);
    const holder = await this.repository.findRegisteredForDeceasedInTx(
      registration.deceasedPin,
      manager,
    );
    const decision = decideDeathRegistration({
      resident: reply.data.resident,
      dateOfDeath: registration.dateOfDeath,
      registeredDeathNumber: holder?.registrationNumber ?? null,
    });
    if (decision.outcome === 'refuse') {
      const { refusal } = decision;
      const reason = deathRejectionReason(refusal);
      await this.repository.rejectInTx(
        registration.id,
        { code: refusal.code, reason, at: this.clock.now() },
        manager,
      );
      this.logger.log(`death registration ${registration.id} rejected: ${refusal.code}`);
      await context.emit([
        eventCausedBy(
          DeathRegistrationRejectedV1,
          reply,
          {
            dossierId: registration.dossierId,
            step: registration.step,
            code: refusal.code,
            reason,
          },
          { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
        ),
      ]);
      return 'applied';
    }

    const { resident } = decision;
    const registeredAt = this.clock.now();
    // Numbered in the register of the year of registration, in Vietnam.
    const year = Number(vietnamDate(registeredAt).slice(0, 4));
    const registrationNumber = formatDeathRegistrationNumber({
      year,
      sequence: await this.repository.nextSequenceInTx(year, manager),
    });
    await this.repository.completeInTx(
      registration.id,
      {
        registrationNumber,
        registeredAt,
        deceased: {
          fullName: resident.fullName,
          sex: resident.sex,
          dateOfBirth: resident.dateOfBirth,
        },
      },
      manager,
    );
    this.logger.log(`death registration ${registration.id} registered as ${registrationNumber}`);
    await context.emit([
      eventCausedBy(
        DeathRegisteredV1,
        reply,
        {
          dossierId: registration.dossierId,
          step: registration.step,
          result: { registrationNumber },
        },
        { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
      ),
    ]);
    return 'applied';
  }

  /**
   * The extract of a registered death.
   * @throws DeathRegistrationError NotFound, also while the death awaits particulars or was rejected.
   */
  async getExtract(registrationNumber: string): Promise<DeathRegistrationExtractView> {
    const found = await this.repository.findRegisteredByNumber(registrationNumber);
    if (
      !found?.registrationNumber ||
      !found.registeredAt ||
      !found.deceasedFullName ||
      !found.deceasedSex ||
      !found.deceasedDateOfBirth
    ) {
      // The table's check constraint makes a registered row complete; the test narrows types.
      throw new DeathRegistrationError(DeathRegistrationErrorCode.NotFound);
    }
    return {
      registrationNumber: found.registrationNumber,
      registeredAt: found.registeredAt.toISOString(),
      deceased: {
        pin: found.deceasedPin,
        fullName: found.deceasedFullName,
        sex: found.deceasedSex,
        dateOfBirth: found.deceasedDateOfBirth,
      },
      dateOfDeath: found.dateOfDeath,
      placeOfDeath: found.placeOfDeath,
      medicalDeathCertificateNo: found.medicalDeathCertificateNo,
      applicant: { pin: found.applicantPin, relationship: found.applicantRelationship },
      dossierId: found.dossierId,
    };
  }

  /** Answers a re-sent command as the first one was answered. */
  private async answerAgain(
    earlier: DeathRegistrationEntity,
    command: EventOf<typeof RegisterDeathV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    switch (earlier.status) {
      case 'awaiting_particulars':
        // The particulars request is already out; its reply will answer the dossier.
        return 'skipped';
      case 'registered':
        if (!earlier.registrationNumber) {
          throw new PermanentHandlerError(`death registration ${earlier.id} has no number`);
        }
        await context.emit([
          eventCausedBy(
            DeathRegisteredV1,
            command,
            {
              dossierId: earlier.dossierId,
              step: earlier.step,
              result: { registrationNumber: earlier.registrationNumber },
            },
            { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
          ),
        ]);
        return 'applied';
      case 'rejected':
        if (!isDeathRejectionCode(earlier.rejectionCode) || !earlier.rejectionReason) {
          throw new PermanentHandlerError(
            `death registration ${earlier.id} has no known rejection`,
          );
        }
        await context.emit([
          eventCausedBy(
            DeathRegistrationRejectedV1,
            command,
            {
              dossierId: earlier.dossierId,
              step: earlier.step,
              code: earlier.rejectionCode,
              reason: earlier.rejectionReason,
            },
            { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
          ),
        ]);
        return 'applied';
    }
  }

  /** A refusal decided when the command arrives. */
  private rejection(
    command: EventOf<typeof RegisterDeathV1>,
    refusal: DeathRefusal,
  ): OutgoingEvent {
    return eventCausedBy(
      DeathRegistrationRejectedV1,
      command,
      {
        dossierId: command.data.dossierId,
        step: command.data.step,
        code: refusal.code,
        reason: deathRejectionReason(refusal),
      },
      { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
    );
  }
}
