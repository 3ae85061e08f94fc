import { Module } from '@nestjs/common';
import { PopulationRegisterModule } from '../population-register/population-register.module';
import { RequestResidentParticularsHandler } from './handlers/request-resident-particulars.handler';
import { ResidentParticularsService } from './resident-particulars.service';

/** Answers other agencies' requests for a person's particulars over Kafka; no tables of its own. */
@Module({
  imports: [PopulationRegisterModule],
  providers: [ResidentParticularsService, RequestResidentParticularsHandler],
})
export class ResidentParticularsModule {}
