import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import { PopulationRegisterModule } from '../population-register/population-register.module';
import { DeletePermanentResidenceHandler } from './handlers/delete-permanent-residence.handler';
import { PermanentResidenceDeletion1764300000001 } from './migrations/1764300000001-permanent-residence-deletion';
import { PermanentResidenceDeletionEntity } from './permanent-residence-deletion.entity';
import { PermanentResidenceDeletionRepository } from './permanent-residence-deletion.repository';
import { PermanentResidenceDeletionService } from './permanent-residence-deletion.service';

/** Tables of permanent-residence deletion, for `serviceInfrastructure`. */
export const PERMANENT_RESIDENCE_DELETION_ENTITIES = [PermanentResidenceDeletionEntity];
/** Migrations of permanent-residence deletion (after the population register's). */
export const PERMANENT_RESIDENCE_DELETION_MIGRATIONS = [PermanentResidenceDeletion1764300000001];

/** Deletion of a deceased person's permanent residence, with their record as deceased. */
@Module({
  imports: [PopulationRegisterModule],
  providers: [
    { provide: Clock, useClass: SystemClock },
    PermanentResidenceDeletionRepository,
    PermanentResidenceDeletionService,
    DeletePermanentResidenceHandler,
  ],
})
export class PermanentResidenceDeletionModule {}
