import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import { PopulationRegisterModule } from '../population-register/population-register.module';
import { RegisterPermanentResidenceHandler } from './handlers/register-permanent-residence.handler';
import { PermanentResidenceRegistration1764200000001 } from './migrations/1764200000001-permanent-residence-registration';
import { PermanentResidenceRegistrationEntity } from './permanent-residence-registration.entity';
import { PermanentResidenceRepository } from './permanent-residence.repository';
import { PermanentResidenceService } from './permanent-residence.service';

/** Tables of permanent-residence registration, for `serviceInfrastructure`. */
export const PERMANENT_RESIDENCE_ENTITIES = [PermanentResidenceRegistrationEntity];
/** Migrations of permanent-residence registration (after the population register's). */
export const PERMANENT_RESIDENCE_MIGRATIONS = [PermanentResidenceRegistration1764200000001];

/** Registration of a newborn's permanent residence at a parent's household. */
@Module({
  imports: [PopulationRegisterModule],
  providers: [
    { provide: Clock, useClass: SystemClock },
    PermanentResidenceRepository,
    PermanentResidenceService,
    RegisterPermanentResidenceHandler,
  ],
})
export class PermanentResidenceModule {}
