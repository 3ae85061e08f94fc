import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { IssuePinV1, PinIssuedV1, PinRefusedV1, type EventOf } from '@lienthong/contracts';
import { eventCausedBy, PermanentHandlerError, type HandlerContext } from '@lienthong/messaging';
import { PLATFORM_LOGGER } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { RESIDENCE_SERVICE } from '../config/residence-service.config';
import { PopulationRegisterLoader } from '../population-register/population-register.loader';
import { PopulationRegisterRepository } from '../population-register/population-register.repository';
import type { ResidentEntity } from '../population-register/resident.entity';
import { allocatePin } from './domain/allocate-pin.util';
import { pinPrefix } from './domain/pin-prefix.util';
import { pinRefusal } from './domain/pin-refusal.util';
import { PinError } from './domain/pin.error';
import { PinIssuanceRepository } from './pin-issuance.repository';
import { PinRandomSource } from './pin-random.source';

type Parent = EventOf<typeof PinIssuedV1>['data']['mother'];

/** A parent's particulars as the register holds them, for the civil-status birth register. */
function particulars(resident: ResidentEntity): Parent {
  return {
    pin: resident.pin,
    fullName: resident.fullName,
    dateOfBirth: resident.dateOfBirth,
    permanentAddress: resident.household?.address ?? null,
  };
}

/** Issues newborns' PINs: checks the parents, draws a PIN never issued, records the child. */
@Injectable()
export class PinIssuanceService {
  private readonly logger: Logger;

  constructor(
    private readonly register: PopulationRegisterRepository,
    private readonly registerLoader: PopulationRegisterLoader,
    private readonly issuances: PinIssuanceRepository,
    private readonly random: PinRandomSource,
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ context: PinIssuanceService.name });
  }

  /**
   * Answers an `IssuePin` command in the consumer's transaction: `PinIssued` with the child's PIN
   * and the parents' particulars, or `PinRefused`. One PIN per request id: a redelivered or
   * re-sent command is answered again with the same PIN, and the child is recorded once.
   * @throws PermanentHandlerError when the child's date of birth cannot be encoded in a PIN.
   */
  async issuePin(command: EventOf<typeof IssuePinV1>, context: HandlerContext): Promise<void> {
    const { data } = command;
    // At first start the consumer may run before the seed commits: not loaded is not unknown.
    await this.registerLoader.whenLoaded();
    const mother = await this.register.findResidentInTx(data.motherPin, context.manager);
    const father =
      data.fatherPin === undefined
        ? undefined
        : await this.register.findResidentInTx(data.fatherPin, context.manager);

    const refusal = pinRefusal({
      motherKnown: mother !== null,
      fatherKnown: father === undefined ? undefined : father !== null,
    });
    if (refusal !== null) {
      await context.emit([
        eventCausedBy(
          PinRefusedV1,
          command,
          { dossierId: data.dossierId, requestId: data.requestId, ...refusal },
          { source: RESIDENCE_SERVICE.serviceName },
        ),
      ]);
      this.logger.info(
        { dossierId: data.dossierId, requestId: data.requestId, code: refusal.code },
        'PIN refused',
      );
      return;
    }
    if (mother === null || father === null) {
      // pinRefusal refuses whenever a named parent is unknown; this is a broken invariant.
      throw new PermanentHandlerError('a named parent is unknown but the PIN was not refused');
    }

    const pin = await this.allocateInTx(command, context.manager);
    await context.emit([
      eventCausedBy(
        PinIssuedV1,
        command,
        {
          dossierId: data.dossierId,
          requestId: data.requestId,
          pin,
          mother: particulars(mother),
          ...(father ? { father: particulars(father) } : {}),
        },
        { source: RESIDENCE_SERVICE.serviceName },
      ),
    ]);
  }

  /** The request's PIN: drawn and recorded with the child as a resident, or the one it has. */
  private async allocateInTx(
    { data }: EventOf<typeof IssuePinV1>,
    manager: EntityManager,
  ): Promise<string> {
    let prefix: string;
    try {
      prefix = pinPrefix({
        provinceCode: data.provinceCode,
        sex: data.sex,
        dateOfBirth: data.dateOfBirth,
      });
    } catch (error: unknown) {
      // The contract admits dates no PIN can encode (before 1900): retrying cannot help.
      if (error instanceof PinError) throw new PermanentHandlerError(error.message);
      throw error;
    }
    const allocation = await allocatePin({
      prefix,
      randomSuffix: (bound) => this.random.suffix(bound),
      claim: (pin) =>
        this.issuances.claimInTx(
          { requestId: data.requestId, pin, dossierId: data.dossierId },
          manager,
        ),
    });
    if (allocation.fresh) {
      await this.register.insertResidentInTx(
        {
          pin: allocation.pin,
          fullName: data.fullName,
          sex: data.sex,
          dateOfBirth: data.dateOfBirth,
        },
        manager,
      );
    }
    this.logger.info(
      {
        dossierId: data.dossierId,
        requestId: data.requestId,
        fresh: allocation.fresh,
        attempts: allocation.attempts,
      },
      allocation.fresh ? 'PIN issued' : 'PIN already issued for this request; answered again',
    );
    return allocation.pin;
  }
}
