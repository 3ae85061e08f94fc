import { Module } from '@nestjs/common';
import { serviceInfrastructure } from '@lienthong/messaging';
import { PlatformModule } from '@lienthong/platform';
import { DOSSIER_MIGRATIONS, DossierModule } from './dossier/dossier.module';
import { DOSSIER_SERVICE } from './config/dossier-service.config';

/**
 * dossier-service: the one-stop shop: intake, orchestration of agency steps, status, timeline.
 * Its database and messaging kit come from `serviceInfrastructure`; feature modules follow.
 */
@Module({
  imports: [
    PlatformModule.forService({ serviceName: DOSSIER_SERVICE.serviceName }),
    ...serviceInfrastructure({
      serviceName: DOSSIER_SERVICE.serviceName,
      migrations: DOSSIER_MIGRATIONS,
    }),
    DossierModule,
  ],
})
export class AppModule {}
