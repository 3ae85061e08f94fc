import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  PermanentResidenceRegisteredV1,
  PermanentResidenceRejectedV1,
  RegisterPermanentResidenceV1,
  type EventOf,
} from '@lienthong/contracts';
import { eventCausedBy, type HandlerContext } from '@lienthong/messaging';
import { Clock, PLATFORM_LOGGER } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { RESIDENCE_SERVICE } from '../config/residence-service.config';
import { PopulationRegisterLoader } from '../population-register/population-register.loader';
import { PopulationRegisterRepository } from '../population-register/population-register.repository';
import { childRelationshipToHead } from './domain/child-relationship-to-head.util';
import { confirmationNumber } from './domain/confirmation-number.util';
import {
  permanentResidenceRejectionReason,
  type PermanentResidenceRejectionCode,
} from './domain/permanent-residence-rejection.util';
import { PermanentResidenceRepository } from './permanent-residence.repository';

type RegisterCommand = EventOf<typeof RegisterPermanentResidenceV1>;

/** What a command comes to: a confirmation number, or a rejection code. */
type Outcome =
  | { readonly registered: true; readonly confirmationNumber: string; readonly fresh: boolean }
  | { readonly registered: false; readonly code: PermanentResidenceRejectionCode };

/** Registers newborns' permanent residence at a parent's household. */
@Injectable()
export class PermanentResidenceService {
  private readonly logger: Logger;

  constructor(
    private readonly register: PopulationRegisterRepository,
    private readonly registerLoader: PopulationRegisterLoader,
    private readonly registrations: PermanentResidenceRepository,
    private readonly clock: Clock,
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ context: PermanentResidenceService.name });
  }

  /**
   * Answers a `RegisterPermanentResidence` command in the consumer's transaction:
   * `PermanentResidenceRegistered` with the confirmation number, or `PermanentResidenceRejected`
   * with the reason. One registration per child: a re-sent command answers the same number.
   */
  async registerPermanentResidence(
    command: RegisterCommand,
    context: HandlerContext,
  ): Promise<void> {
    const { data } = command;
    // At first start the consumer may run before the seed commits: not loaded is not unknown.
    await this.registerLoader.whenLoaded();
    const outcome = await this.decideInTx(data, context.manager);
    if (outcome.registered) {
      await context.emit([
        eventCausedBy(
          PermanentResidenceRegisteredV1,
          command,
          {
            dossierId: data.dossierId,
            step: data.step,
            result: { confirmationNumber: outcome.confirmationNumber },
          },
          { source: RESIDENCE_SERVICE.serviceName },
        ),
      ]);
    } else {
      await context.emit([
        eventCausedBy(
          PermanentResidenceRejectedV1,
          command,
          {
            dossierId: data.dossierId,
            step: data.step,
            code: outcome.code,
            reason: permanentResidenceRejectionReason({
              code: outcome.code,
              withParent: data.withParent,
            }),
          },
          { source: RESIDENCE_SERVICE.serviceName },
        ),
      ]);
    }
    this.logger.info(
      {
        dossierId: data.dossierId,
        ...(outcome.registered ? { fresh: outcome.fresh } : { code: outcome.code }),
      },
      outcome.registered ? 'permanent residence registered' : 'permanent residence rejected',
    );
  }

  private async decideInTx(
    data: RegisterCommand['data'],
    manager: EntityManager,
  ): Promise<Outcome> {
    const parentPin = data.withParent === 'mother' ? data.motherPin : data.fatherPin;
    if (parentPin === undefined) return { registered: false, code: 'parent-not-given' };
    // The child's row lock serialises commands about one child (re-sends may come concurrently on
    // another partition): the second one finds the first's registration.
    if (!(await this.register.lockResidentInTx(data.pin, manager))) {
      return { registered: false, code: 'child-unknown' };
    }
    const existing = await this.registrations.findConfirmationNumberInTx(data.pin, manager);
    if (existing !== null) return { registered: true, confirmationNumber: existing, fresh: false };

    const parent = await this.register.findResidentInTx(parentPin, manager);
    const household = parent?.household;
    if (!parent || !household || parent.relationshipToHead === null) {
      return { registered: false, code: 'parent-without-permanent-residence' };
    }
    const number = confirmationNumber({
      provinceCode: household.provinceCode,
      // Numbered in the year of registration, in Vietnam.
      year: Number(this.clock.today().slice(0, 4)),
      sequence: await this.registrations.nextConfirmationSequenceInTx(manager),
    });
    await this.registrations.insertInTx(
      {
        childPin: data.pin,
        householdId: household.id,
        confirmationNumber: number,
        withParent: data.withParent,
        dossierId: data.dossierId,
        birthRegistrationNumber: data.birthRegistrationNumber,
      },
      manager,
    );
    await this.register.setPermanentResidenceInTx(
      {
        pin: data.pin,
        householdId: household.id,
        relationshipToHead: childRelationshipToHead(parent.relationshipToHead),
      },
      manager,
    );
    return { registered: true, confirmationNumber: number, fresh: true };
  }
}
