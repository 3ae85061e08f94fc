import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import {
  BIRTH_REGISTRATION_ENTITIES,
  BIRTH_REGISTRATION_MIGRATIONS,
  BirthRegistrationModule,
} from './birth-registration/birth-registration.module';
import { CIVIL_STATUS_SERVICE } from './config/civil-status-service.config';
import {
  DEATH_REGISTRATION_ENTITIES,
  DEATH_REGISTRATION_MIGRATIONS,
  DeathRegistrationModule,
} from './death-registration/death-registration.module';

/**
 * civil-status-service: Justice: birth and death registers, extracts, signed copies.
 * Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: CIVIL_STATUS_SERVICE.serviceName }),
    ...serviceInfrastructure({
      serviceName: CIVIL_STATUS_SERVICE.serviceName,
      entities: [...BIRTH_REGISTRATION_ENTITIES, ...DEATH_REGISTRATION_ENTITIES],
      migrations: [...BIRTH_REGISTRATION_MIGRATIONS, ...DEATH_REGISTRATION_MIGRATIONS],
    }),
    BirthRegistrationModule,
    DeathRegistrationModule,
  ],
})
export class AppModule {}
