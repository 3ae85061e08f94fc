import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  BirthRegisteredV1,
  BirthRegistrationRejectedV1,
  IssuePinV1,
  PIN_REFUSAL_CODES,
  type EventOf,
  type PinIssuedV1,
  type PinRefusedV1,
  type RegisterBirthV1,
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
import type { BirthRegistrationEntity } from './birth-registration.entity';
import { BirthRegistrationError, BirthRegistrationErrorCode } from './birth-registration.error';
import { BirthRegistrationRepository } from './birth-registration.repository';
import { birthRejectionReason, type BirthRefusal } from './domain/birth-rejection-reason.util';
import { childNameKey } from './domain/child-name-key.util';
import { isDateOfBirthInFuture } from './domain/is-date-of-birth-in-future.util';
import { pinReplyMismatch } from './domain/pin-reply-mismatch.util';
import { formatRegistrationNumber } from './domain/registration-number.util';
import { tidyFullName } from './domain/tidy-full-name.util';
import type { BirthRegistrationExtractView } from './dto/birth-registration.dto';

function isPinRefusalCode(code: string | null): code is (typeof PIN_REFUSAL_CODES)[number] {
  return (PIN_REFUSAL_CODES as readonly (string | null)[]).includes(code);
}

/**
 * The birth register. A birth is registered in two transactions joined by Kafka: the command
 * records the registration `awaiting_pin` and asks the population register (residence-service)
 * for the child's PIN; its answer registers the birth, with a number, or rejects it. Every
 * method runs in the consumer's transaction: state, inbox row and outgoing events commit together.
 */
@Injectable()
export class BirthRegistrationService {
  private readonly logger = new Logger(BirthRegistrationService.name);

  constructor(
    private readonly repository: BirthRegistrationRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Handles RegisterBirthV1: refuses a date of birth in the future or a child already registered
   * (or being registered), else records the registration and asks for the child's PIN.
   * @idempotent by dossier step: a re-sent command is answered as the first one was.
   */
  async registerBirthInTx(
    command: EventOf<typeof RegisterBirthV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { manager } = context;
    const { data } = command;
    const earlier = await this.repository.findByDossierStepInTx(data.dossierId, data.step, manager);
    if (earlier) return this.answerAgain(earlier, command, context);

    if (isDateOfBirthInFuture({ dateOfBirth: data.child.dateOfBirth, now: this.clock.now() })) {
      this.logger.log(`dossier ${data.dossierId}: birth refused, date of birth in the future`);
      await context.emit([this.rejection(command, { code: 'date-of-birth-in-future' })]);
      return 'applied';
    }

    const fullName = tidyFullName(data.child.fullName);
    if (fullName === '') {
      // The contract allows any non-empty string; dossier-service never sends blanks.
      throw new PermanentHandlerError(`dossier ${data.dossierId}: the child's full name is blank`);
    }
    const registration = {
      id: randomUUID(),
      dossierId: data.dossierId,
      step: data.step,
      provinceCode: data.registrationAuthority.provinceCode,
      communeCode: data.registrationAuthority.communeCode,
      childFullName: fullName,
      childNameKey: childNameKey(fullName),
      childSex: data.child.sex,
      childDateOfBirth: data.child.dateOfBirth,
      childPlaceOfBirth: data.child.placeOfBirth,
      motherPin: data.motherPin,
      fatherPin: data.fatherPin ?? null,
      medicalBirthCertificateNo: data.medicalBirthCertificateNo,
      applicantPin: data.applicantPin,
    };
    if (await this.repository.insertIfAbsentInTx(registration, manager)) {
      this.logger.log(`birth registration ${registration.id} awaiting the child's PIN`);
      await context.emit([
        eventCausedBy(
          IssuePinV1,
          command,
          {
            dossierId: data.dossierId,
            requestId: registration.id,
            provinceCode: registration.provinceCode,
            fullName: registration.childFullName,
            sex: registration.childSex,
            dateOfBirth: registration.childDateOfBirth,
            motherPin: registration.motherPin,
            ...(data.fatherPin ? { fatherPin: data.fatherPin } : {}),
          },
          { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
        ),
      ]);
      return 'applied';
    }

    // A unique constraint held: the same dossier step (a concurrent re-send) or the same child.
    const sameStep = await this.repository.findByDossierStepInTx(
      data.dossierId,
      data.step,
      manager,
    );
    if (sameStep) return this.answerAgain(sameStep, command, context);
    const holder = await this.repository.findActiveForChildInTx(
      {
        motherPin: registration.motherPin,
        childNameKey: registration.childNameKey,
        childDateOfBirth: registration.childDateOfBirth,
      },
      manager,
    );
    if (!holder) {
      // The conflicting registration was rejected in between: the child is free again. Retrying
      // (the messaging kit does) inserts it.
      throw new Error(`dossier ${data.dossierId}: conflicting birth registration vanished`);
    }
    this.logger.log(
      `dossier ${data.dossierId}: birth refused, child already held by registration ${holder.id}`,
    );
    await context.emit([
      this.rejection(command, {
        code: 'already-registered',
        registrationNumber: holder.status === 'registered' ? holder.registrationNumber : null,
      }),
    ]);
    return 'applied';
  }

  /**
   * Handles PinIssuedV1: registers the birth with the child's PIN and the parents' particulars
   * from the population register, under the next number of the commune's register for the year.
   * A reply for a registration unknown or no longer awaiting its PIN changes nothing.
   * @throws PermanentHandlerError when the reply's parents are not those asked for.
   */
  async registerWithPinInTx(
    reply: EventOf<typeof PinIssuedV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { manager } = context;
    const registration = await this.awaitingPin(reply.data, manager);
    if (!registration) return 'skipped';
    const { mother, father } = reply.data;
    const mismatch = pinReplyMismatch({
      asked: { motherPin: registration.motherPin, fatherPin: registration.fatherPin },
      answered: { motherPin: mother.pin, fatherPin: father?.pin ?? null },
    });
    if (mismatch) {
      throw new PermanentHandlerError(
        `PIN reply for birth registration ${registration.id}: ${mismatch}`,
      );
    }

    const registeredAt = this.clock.now();
    // Numbered in the register of the year of registration, in Vietnam.
    const year = Number(vietnamDate(registeredAt).slice(0, 4));
    const sequence = await this.repository.nextSequenceInTx(
      registration.communeCode,
      year,
      manager,
    );
    const registrationNumber = formatRegistrationNumber({
      communeCode: registration.communeCode,
      year,
      sequence,
    });
    await this.repository.completeInTx(
      registration.id,
      {
        childPin: reply.data.pin,
        registrationNumber,
        registeredAt,
        mother: { fullName: mother.fullName, dateOfBirth: mother.dateOfBirth },
        father: father ? { fullName: father.fullName, dateOfBirth: father.dateOfBirth } : null,
      },
      manager,
    );
    this.logger.log(`birth registration ${registration.id} registered as ${registrationNumber}`);
    await context.emit([
      eventCausedBy(
        BirthRegisteredV1,
        reply,
        {
          dossierId: registration.dossierId,
          step: registration.step,
          result: { registrationNumber, pin: reply.data.pin },
        },
        { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
      ),
    ]);
    return 'applied';
  }

  /**
   * Handles PinRefusedV1: the population register does not know a parent, so the birth is
   * rejected with its code and reason. Unknown or settled registrations change nothing.
   */
  async rejectForPinRefusalInTx(
    reply: EventOf<typeof PinRefusedV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    const { manager } = context;
    const registration = await this.awaitingPin(reply.data, manager);
    if (!registration) return 'skipped';
    const { code, reason } = reply.data;
    await this.repository.rejectInTx(
      registration.id,
      { code, reason, at: this.clock.now() },
      manager,
    );
    this.logger.log(`birth registration ${registration.id} rejected: ${code}`);
    await context.emit([
      eventCausedBy(
        BirthRegistrationRejectedV1,
        reply,
        {
          dossierId: registration.dossierId,
          step: registration.step,
          code,
          reason,
        },
        { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
      ),
    ]);
    return 'applied';
  }

  /**
   * The extract of a registered birth.
   * @throws BirthRegistrationError NotFound, also while the birth awaits its PIN or was rejected.
   */
  async getExtract(registrationNumber: string): Promise<BirthRegistrationExtractView> {
    const found = await this.repository.findRegisteredByNumber(registrationNumber);
    if (
      !found?.registrationNumber ||
      !found.registeredAt ||
      !found.childPin ||
      !found.motherFullName ||
      !found.motherDateOfBirth
    ) {
      // The table's check constraint makes a registered row complete; the test narrows types.
      throw new BirthRegistrationError(BirthRegistrationErrorCode.NotFound);
    }
    return {
      registrationNumber: found.registrationNumber,
      registeredAt: found.registeredAt.toISOString(),
      registrationAuthority: { provinceCode: found.provinceCode, communeCode: found.communeCode },
      child: {
        fullName: found.childFullName,
        sex: found.childSex,
        dateOfBirth: found.childDateOfBirth,
        placeOfBirth: found.childPlaceOfBirth,
        pin: found.childPin,
      },
      mother: {
        pin: found.motherPin,
        fullName: found.motherFullName,
        dateOfBirth: found.motherDateOfBirth,
      },
      father:
        found.fatherPin && found.fatherFullName && found.fatherDateOfBirth
          ? {
              pin: found.fatherPin,
              fullName: found.fatherFullName,
              dateOfBirth: found.fatherDateOfBirth,
            }
          : null,
      medicalBirthCertificateNo: found.medicalBirthCertificateNo,
      dossierId: found.dossierId,
    };
  }

  /** The registration a PIN reply is about, locked, if it still awaits its PIN; else null. */
  private async awaitingPin(
    reply: { readonly requestId: string; readonly dossierId: string },
    manager: HandlerContext['manager'],
  ): Promise<BirthRegistrationEntity | null> {
    const registration = await this.repository.lockInTx(reply.requestId, manager);
    if (!registration || registration.status !== 'awaiting_pin') {
      this.logger.log(`PIN reply for request ${reply.requestId} ignored: nothing awaits it`);
      return null;
    }
    if (registration.dossierId !== reply.dossierId) {
      throw new PermanentHandlerError(
        `PIN reply for birth registration ${registration.id} names another dossier`,
      );
    }
    return registration;
  }

  /** Answers a re-sent command as the first one was answered. */
  private async answerAgain(
    earlier: BirthRegistrationEntity,
    command: EventOf<typeof RegisterBirthV1>,
    context: HandlerContext,
  ): Promise<HandlerOutcome> {
    switch (earlier.status) {
      case 'awaiting_pin':
        // The PIN request is already out; its reply will answer the dossier.
        return 'skipped';
      case 'registered':
        if (!earlier.registrationNumber || !earlier.childPin) {
          throw new PermanentHandlerError(`birth registration ${earlier.id} is incomplete`);
        }
        await context.emit([
          eventCausedBy(
            BirthRegisteredV1,
            command,
            {
              dossierId: earlier.dossierId,
              step: earlier.step,
              result: { registrationNumber: earlier.registrationNumber, pin: earlier.childPin },
            },
            { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
          ),
        ]);
        return 'applied';
      case 'rejected':
        if (!isPinRefusalCode(earlier.rejectionCode) || !earlier.rejectionReason) {
          throw new PermanentHandlerError(
            `birth registration ${earlier.id} has no known rejection`,
          );
        }
        await context.emit([
          eventCausedBy(
            BirthRegistrationRejectedV1,
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

  /** A refusal decided by civil status itself. */
  private rejection(
    command: EventOf<typeof RegisterBirthV1>,
    refusal: BirthRefusal,
  ): OutgoingEvent {
    return eventCausedBy(
      BirthRegistrationRejectedV1,
      command,
      {
        dossierId: command.data.dossierId,
        step: command.data.step,
        code: refusal.code,
        reason: birthRejectionReason(refusal),
      },
      { source: CIVIL_STATUS_SERVICE.serviceName, time: this.clock.now() },
    );
  }
}
