import { Module } from '@nestjs/common';
import { PopulationRegisterModule } from '../population-register/population-register.module';
import { IssuePinHandler } from './handlers/issue-pin.handler';
import { PinIssuance1764200000000 } from './migrations/1764200000000-pin-issuance';
import { PinIssuanceEntity } from './pin-issuance.entity';
import { PinIssuanceRepository } from './pin-issuance.repository';
import { PinIssuanceService } from './pin-issuance.service';
import { PinRandomSource } from './pin-random.source';

/** Tables of PIN issuing, for `serviceInfrastructure`. */
export const PIN_ENTITIES = [PinIssuanceEntity];
/** Migrations of PIN issuing, for `serviceInfrastructure` (after the population register's). */
export const PIN_MIGRATIONS = [PinIssuance1764200000000];

/** PIN issuing for newborns, on civil status's request over Kafka. */
@Module({
  imports: [PopulationRegisterModule],
  providers: [PinRandomSource, PinIssuanceRepository, PinIssuanceService, IssuePinHandler],
})
export class PinModule {}
