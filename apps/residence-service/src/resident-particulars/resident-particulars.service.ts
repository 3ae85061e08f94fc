import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  ResidentParticularsV1,
  type EventOf,
  type RequestResidentParticularsV1,
} from '@lienthong/contracts';
import { eventCausedBy, type HandlerContext } from '@lienthong/messaging';
import { PLATFORM_LOGGER } from '@lienthong/platform';
import { RESIDENCE_SERVICE } from '../config/residence-service.config';
import { PopulationRegisterLoader } from '../population-register/population-register.loader';
import { PopulationRegisterRepository } from '../population-register/population-register.repository';

/** Tells other agencies what the population register knows of a person (declare once). */
@Injectable()
export class ResidentParticularsService {
  private readonly logger: Logger;

  constructor(
    private readonly register: PopulationRegisterRepository,
    private readonly registerLoader: PopulationRegisterLoader,
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ context: ResidentParticularsService.name });
  }

  /**
   * Answers a `RequestResidentParticulars` command in the consumer's transaction with
   * `ResidentParticulars`: name, sex, date of birth, alive or deceased and household, or
   * `resident: null` when the PIN is unknown. Reads only: a redelivery is answered again.
   */
  async answer(
    command: EventOf<typeof RequestResidentParticularsV1>,
    context: HandlerContext,
  ): Promise<void> {
    const { data } = command;
    // At first start the consumer may run before the seed commits: not loaded is not unknown.
    await this.registerLoader.whenLoaded();
    const resident = await this.register.findResidentInTx(data.pin, context.manager);
    await context.emit([
      eventCausedBy(
        ResidentParticularsV1,
        command,
        {
          dossierId: data.dossierId,
          requestId: data.requestId,
          pin: data.pin,
          resident: resident
            ? {
                fullName: resident.fullName,
                sex: resident.sex,
                dateOfBirth: resident.dateOfBirth,
                status: resident.status,
                householdId: resident.householdId,
              }
            : null,
        },
        { source: RESIDENCE_SERVICE.serviceName },
      ),
    ]);
    this.logger.info(
      { dossierId: data.dossierId, requestId: data.requestId, known: resident !== null },
      'resident particulars answered',
    );
  }
}
