import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import { BeneficiaryRegisterModule } from '../beneficiary-register/beneficiary-register.module';
import { FuneralSupportController } from './funeral-support.controller';
import { FuneralSupportEntity } from './funeral-support.entity';
import { FuneralSupportRepository } from './funeral-support.repository';
import { FuneralSupportService } from './funeral-support.service';
import { BenefitPaidHandler } from './handlers/benefit-paid.handler';
import { BenefitPayoutFailedHandler } from './handlers/benefit-payout-failed.handler';
import { PayFuneralSupportHandler } from './handlers/pay-funeral-support.handler';
import { FuneralSupport1764400000001 } from './migrations/1764400000001-funeral-support';

/** Tables of funeral support, for `serviceInfrastructure`. */
export const FUNERAL_SUPPORT_ENTITIES = [FuneralSupportEntity];
/** Migrations of funeral support, for `serviceInfrastructure`. */
export const FUNERAL_SUPPORT_MIGRATIONS = [FuneralSupport1764400000001];

/**
 * Funeral-expense support (step `funeral-support` of the death group): decides it from the
 * beneficiary register and pays it through payment-service.
 */
@Module({
  imports: [BeneficiaryRegisterModule],
  controllers: [FuneralSupportController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    FuneralSupportRepository,
    FuneralSupportService,
    PayFuneralSupportHandler,
    BenefitPaidHandler,
    BenefitPayoutFailedHandler,
  ],
})
export class FuneralSupportModule {}
