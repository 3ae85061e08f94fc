import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import { BirthRegistrationController } from './birth-registration.controller';
import { BirthRegistrationEntity } from './birth-registration.entity';
import { BirthRegistrationRepository } from './birth-registration.repository';
import { BirthRegistrationService } from './birth-registration.service';
import { PinIssuedHandler } from './handlers/pin-issued.handler';
import { PinRefusedHandler } from './handlers/pin-refused.handler';
import { RegisterBirthHandler } from './handlers/register-birth.handler';
import { BirthRegister1764200000000 } from './migrations/1764200000000-birth-register';

/** Tables of the birth register, for `serviceInfrastructure`. */
export const BIRTH_REGISTRATION_ENTITIES = [BirthRegistrationEntity];
/** Migrations of the birth register, for `serviceInfrastructure`. */
export const BIRTH_REGISTRATION_MIGRATIONS = [BirthRegister1764200000000];

/**
 * The birth register: consumes RegisterBirthV1, asks residence-service for the child's PIN
 * (IssuePinV1), registers or rejects on its reply, and serves extracts.
 */
@Module({
  controllers: [BirthRegistrationController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    BirthRegistrationRepository,
    BirthRegistrationService,
    RegisterBirthHandler,
    PinIssuedHandler,
    PinRefusedHandler,
  ],
})
export class BirthRegistrationModule {}
