import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { RESIDENCE_SERVICE } from './config/residence-service.config';
import {
  PERMANENT_RESIDENCE_ENTITIES,
  PERMANENT_RESIDENCE_MIGRATIONS,
  PermanentResidenceModule,
} from './permanent-residence/permanent-residence.module';
import {
  PERMANENT_RESIDENCE_DELETION_ENTITIES,
  PERMANENT_RESIDENCE_DELETION_MIGRATIONS,
  PermanentResidenceDeletionModule,
} from './permanent-residence-deletion/permanent-residence-deletion.module';
import { PIN_ENTITIES, PIN_MIGRATIONS, PinModule } from './pin/pin.module';
import {
  POPULATION_REGISTER_ENTITIES,
  POPULATION_REGISTER_MIGRATIONS,
  PopulationRegisterModule,
} from './population-register/population-register.module';
import { ResidentParticularsModule } from './resident-particulars/resident-particulars.module';

/**
 * residence-service: Police: residents, households, PINs, permanent residence.
 * Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: RESIDENCE_SERVICE.serviceName }),
    ...serviceInfrastructure({
      serviceName: RESIDENCE_SERVICE.serviceName,
      entities: [
        ...POPULATION_REGISTER_ENTITIES,
        ...PIN_ENTITIES,
        ...PERMANENT_RESIDENCE_ENTITIES,
        ...PERMANENT_RESIDENCE_DELETION_ENTITIES,
      ],
      // TypeORM runs them by timestamp; PIN issuances, registrations and deletions refer to
      // residents and households, so theirs come after the population register's first one.
      migrations: [
        ...POPULATION_REGISTER_MIGRATIONS,
        ...PIN_MIGRATIONS,
        ...PERMANENT_RESIDENCE_MIGRATIONS,
        ...PERMANENT_RESIDENCE_DELETION_MIGRATIONS,
      ],
    }),
    PopulationRegisterModule,
    PinModule,
    PermanentResidenceModule,
    ResidentParticularsModule,
    PermanentResidenceDeletionModule,
  ],
})
export class AppModule {}
