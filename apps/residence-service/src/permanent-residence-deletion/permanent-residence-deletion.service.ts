import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  PermanentResidenceDeletedV1,
  PermanentResidenceDeletionRejectedV1,
  type DeletePermanentResidenceV1,
  type EventOf,
} from '@lienthong/contracts';
import { eventCausedBy, type HandlerContext } from '@lienthong/messaging';
import { Clock, PLATFORM_LOGGER } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { RESIDENCE_SERVICE } from '../config/residence-service.config';
import { PopulationRegisterLoader } from '../population-register/population-register.loader';
import { PopulationRegisterRepository } from '../population-register/population-register.repository';
import { deletionConfirmationNumber } from './domain/deletion-confirmation-number.util';
import {
  deletionRejectionReason,
  type DeletionRejectionCode,
} from './domain/deletion-rejection.util';
import { residenceAfterDeath } from './domain/residence-after-death.util';
import { PermanentResidenceDeletionRepository } from './permanent-residence-deletion.repository';

type DeleteCommand = EventOf<typeof DeletePermanentResidenceV1>;

/** What a command comes to: a confirmation number, or a rejection code. */
type Outcome =
  | {
      readonly deleted: true;
      readonly confirmationNumber: string;
      readonly fresh: boolean;
      readonly headDeceased: boolean;
    }
  | { readonly deleted: false; readonly code: DeletionRejectionCode };

/** Deletes a deceased person's permanent residence and records them deceased. */
@Injectable()
export class PermanentResidenceDeletionService {
  private readonly logger: Logger;

  constructor(
    private readonly register: PopulationRegisterRepository,
    private readonly registerLoader: PopulationRegisterLoader,
    private readonly deletions: PermanentResidenceDeletionRepository,
    private readonly clock: Clock,
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ context: PermanentResidenceDeletionService.name });
  }

  /**
   * Answers a `DeletePermanentResidence` command in the consumer's transaction:
   * `PermanentResidenceDeleted` with the confirmation number, or
   * `PermanentResidenceDeletionRejected` when the PIN is unknown. One deletion per person: a
   * re-sent or repeated command answers the same number.
   */
  async deletePermanentResidence(command: DeleteCommand, context: HandlerContext): Promise<void> {
    const { data } = command;
    // At first start the consumer may run before the seed commits: not loaded is not unknown.
    await this.registerLoader.whenLoaded();
    const outcome = await this.decideInTx(data, context.manager);
    if (outcome.deleted) {
      await context.emit([
        eventCausedBy(
          PermanentResidenceDeletedV1,
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
          PermanentResidenceDeletionRejectedV1,
          command,
          {
            dossierId: data.dossierId,
            step: data.step,
            code: outcome.code,
            reason: deletionRejectionReason(outcome.code),
          },
          { source: RESIDENCE_SERVICE.serviceName },
        ),
      ]);
    }
    this.logger.info(
      {
        dossierId: data.dossierId,
        ...(outcome.deleted
          ? { fresh: outcome.fresh, headDeceased: outcome.headDeceased }
          : { code: outcome.code }),
      },
      outcome.deleted
        ? 'permanent residence deleted at death'
        : 'permanent residence deletion rejected',
    );
  }

  private async decideInTx(data: DeleteCommand['data'], manager: EntityManager): Promise<Outcome> {
    // The person's row lock serialises commands about one person (re-sends, or two dossiers, may
    // come concurrently on other partitions): the second one finds the first's deletion.
    if (!(await this.register.lockResidentInTx(data.pin, manager))) {
      return { deleted: false, code: 'resident-unknown' };
    }
    const existing = await this.deletions.findConfirmationNumberInTx(data.pin, manager);
    if (existing !== null) {
      return { deleted: true, confirmationNumber: existing, fresh: false, headDeceased: false };
    }

    const resident = await this.register.findResidentInTx(data.pin, manager);
    if (!resident) throw new Error('a locked resident vanished');
    const after = residenceAfterDeath({
      householdId: resident.householdId,
      relationshipToHead: resident.relationshipToHead,
      dateOfDeath: data.dateOfDeath,
    });
    const number = deletionConfirmationNumber({
      householdProvinceCode: resident.household?.provinceCode ?? null,
      pin: data.pin,
      // Numbered in the year of the deletion, in Vietnam.
      year: Number(this.clock.today().slice(0, 4)),
      sequence: await this.deletions.nextConfirmationSequenceInTx(manager),
    });
    await this.deletions.insertInTx(
      {
        pin: data.pin,
        confirmationNumber: number,
        householdId: after.leftHouseholdId,
        relationshipToHead: after.leftHouseholdId === null ? null : resident.relationshipToHead,
        dateOfDeath: data.dateOfDeath,
        dossierId: data.dossierId,
        deathRegistrationNumber: data.deathRegistrationNumber,
      },
      manager,
    );
    await this.register.recordDeathInTx({ pin: data.pin, dateOfDeath: data.dateOfDeath }, manager);
    if (after.leftHouseholdId !== null && after.headDeceasedOn !== null) {
      await this.register.recordHeadDeceasedInTx(
        { householdId: after.leftHouseholdId, dateOfDeath: after.headDeceasedOn },
        manager,
      );
    }
    return {
      deleted: true,
      confirmationNumber: number,
      fresh: true,
      headDeceased: after.headDeceasedOn !== null,
    };
  }
}
