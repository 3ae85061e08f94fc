import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { RESIDENCE_SERVICE } from './config/residence-service.config';
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
      entities: POPULATION_REGISTER_ENTITIES,
      migrations: POPULATION_REGISTER_MIGRATIONS,
    }),
    PopulationRegisterModule,
  ],
})
export class AppModule {}
