import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import { InsuranceRegisterModule } from '../insurance-register/insurance-register.module';
import { FuneralAllowanceController } from './funeral-allowance.controller';
import { FuneralAllowanceEntity } from './funeral-allowance.entity';
import { FuneralAllowanceRepository } from './funeral-allowance.repository';
import { FuneralAllowanceService } from './funeral-allowance.service';
import { BenefitPaidHandler } from './handlers/benefit-paid.handler';
import { BenefitPayoutFailedHandler } from './handlers/benefit-payout-failed.handler';
import { PayFuneralAllowanceHandler } from './handlers/pay-funeral-allowance.handler';
import { FuneralAllowance1764300000001 } from './migrations/1764300000001-funeral-allowance';

/** Tables of the funeral allowance, for `serviceInfrastructure`. */
export const FUNERAL_ALLOWANCE_ENTITIES = [FuneralAllowanceEntity];
/** Migrations of the funeral allowance, for `serviceInfrastructure`. */
export const FUNERAL_ALLOWANCE_MIGRATIONS = [FuneralAllowance1764300000001];

/**
 * Social Insurance's funeral allowance (death group, step `funeral-allowance`): decides it from
 * the insurance register when dossier-service asks, has payment-service pay it, and answers the
 * dossier when the payout is settled.
 */
@Module({
  imports: [InsuranceRegisterModule],
  controllers: [FuneralAllowanceController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    FuneralAllowanceRepository,
    FuneralAllowanceService,
    PayFuneralAllowanceHandler,
    BenefitPaidHandler,
    BenefitPayoutFailedHandler,
  ],
})
export class FuneralAllowanceModule {}
