import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { RESIDENCE_SERVICE } from './config/residence-service.config';
import {
  PERMANENT_RESIDENCE_ENTITIES,
  PERMANENT_RESIDENCE_MIGRATIONS,
  PermanentResidenceModule,
} from './permanent-residence/permanent-residence.module';
import { PIN_ENTITIES, PIN_MIGRATIONS, PinModule } from './pin/pin.module';
import {
  POPULATION_REGISTER_ENTITIES,
  POPULATION_REGISTER_MIGRATIONS,
  PopulationRegisterModule,
} from './population-register/population-register.module';

/**
 * residence-service: Police: residents, households, PINs, permanent residence.
 * Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: RESIDENCE_SERVICE.serviceName }),
    ...serviceInfrastructure({
      serviceName: RESIDENCE_SERVICE.serviceName,
      entities: [...POPULATION_REGISTER_ENTITIES, ...PIN_ENTITIES, ...PERMANENT_RESIDENCE_ENTITIES],
      // In this order: PIN issuances and registrations refer to residents and households.
      migrations: [
        ...POPULATION_REGISTER_MIGRATIONS,
        ...PIN_MIGRATIONS,
        ...PERMANENT_RESIDENCE_MIGRATIONS,
      ],
    }),
    PopulationRegisterModule,
    PinModule,
    PermanentResidenceModule,
  ],
})
export class AppModule {}
