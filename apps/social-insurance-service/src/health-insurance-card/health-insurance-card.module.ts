import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@lienthong/platform';
import { IssueChildHealthInsuranceCardHandler } from './handlers/issue-child-health-insurance-card.handler';
import { HealthInsuranceCardController } from './health-insurance-card.controller';
import { HealthInsuranceCardEntity } from './health-insurance-card.entity';
import { HealthInsuranceCardRepository } from './health-insurance-card.repository';
import { HealthInsuranceCardService } from './health-insurance-card.service';
import { HealthInsuranceCard1764200000000 } from './migrations/1764200000000-health-insurance-card';

/** Tables of the card register, for `serviceInfrastructure`. */
export const HEALTH_INSURANCE_CARD_ENTITIES = [HealthInsuranceCardEntity];
/** Migrations of the card register, for `serviceInfrastructure`. */
export const HEALTH_INSURANCE_CARD_MIGRATIONS = [HealthInsuranceCard1764200000000];

/**
 * Social Insurance's health-insurance cards: issues the state-paid card of a child under 6 when
 * dossier-service asks (step `insurance`), and serves the card register.
 */
@Module({
  controllers: [HealthInsuranceCardController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    HealthInsuranceCardRepository,
    HealthInsuranceCardService,
    IssueChildHealthInsuranceCardHandler,
  ],
})
export class HealthInsuranceCardModule {}
