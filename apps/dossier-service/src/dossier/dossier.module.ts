import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import { outcomeEvents } from '../procedure/procedure-catalogue';
import { ProcedureModule } from '../procedure/procedure.module';
import { DossierOrchestrator } from './dossier-orchestrator.service';
import { DossierController } from './dossier.controller';
import { DossierRepository } from './dossier.repository';
import { DossierService } from './dossier.service';
import { stepOutcomeHandlers } from './handlers/step-outcome.handler';
import { Dossiers1764200000000 } from './migrations/1764200000000-dossiers';

export const DOSSIER_MIGRATIONS = [Dossiers1764200000000];

/** Dossiers: intake, orchestration of their steps, status and timeline. */
@Module({
  imports: [ProcedureModule],
  controllers: [DossierController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    DossierRepository,
    DossierService,
    DossierOrchestrator,
    ...stepOutcomeHandlers(outcomeEvents()),
  ],
})
export class DossierModule {}
