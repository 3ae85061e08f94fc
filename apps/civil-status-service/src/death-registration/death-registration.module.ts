import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import { DeathRegistrationController } from './death-registration.controller';
import { DeathRegistrationEntity } from './death-registration.entity';
import { DeathRegistrationRepository } from './death-registration.repository';
import { DeathRegistrationService } from './death-registration.service';
import { RegisterDeathHandler } from './handlers/register-death.handler';
import { ResidentParticularsHandler } from './handlers/resident-particulars.handler';
import { DeathRegister1764300000000 } from './migrations/1764300000000-death-register';

/** Tables of the death register, for `serviceInfrastructure`. */
export const DEATH_REGISTRATION_ENTITIES = [DeathRegistrationEntity];
/** Migrations of the death register, for `serviceInfrastructure`. */
export const DEATH_REGISTRATION_MIGRATIONS = [DeathRegister1764300000000];

/**
 * The death register: consumes RegisterDeathV1, asks residence-service for the deceased's
 * particulars (RequestResidentParticularsV1), registers or rejects on its reply, and serves
 * extracts.
 */
@Module({
  controllers: [DeathRegistrationController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    DeathRegistrationRepository,
    DeathRegistrationService,
    RegisterDeathHandler,
    ResidentParticularsHandler,
  ],
})
export class DeathRegistrationModule {}
