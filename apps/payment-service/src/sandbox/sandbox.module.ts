import { Module } from '@nestjs/common';
import { SandboxGateway1764300000001 } from './migrations/1764300000001-sandbox-gateway';
import { SandboxPayouts1764900000001 } from './migrations/1764900000001-sandbox-payouts';
import { SandboxCallbackDispatcher } from './sandbox-callback.dispatcher';
import { SandboxCallbackEntity } from './sandbox-callback.entity';
import { SandboxGateway } from './sandbox-gateway.service';
import { SandboxPaymentEntity } from './sandbox-payment.entity';
import { SandboxPaymentProvider } from './sandbox-payment.provider';
import { SandboxPayoutController } from './sandbox-payout.controller';
import { SandboxPayoutEntity } from './sandbox-payout.entity';
import { SandboxController } from './sandbox.controller';
import { SandboxRepository } from './sandbox.repository';

/** Tables of the sandbox gateway, for `serviceInfrastructure`. */
export const SANDBOX_ENTITIES = [SandboxPaymentEntity, SandboxPayoutEntity, SandboxCallbackEntity];
/** Migrations of the sandbox gateway, for `serviceInfrastructure`. */
export const SANDBOX_MIGRATIONS = [SandboxGateway1764300000001, SandboxPayouts1764900000001];

/**
 * The built-in sandbox payment gateway: its adapter (`SandboxPaymentProvider`), its state, its
 * webhook dispatcher and its confirm / decline controls of payments and payouts.
 */
@Module({
  controllers: [SandboxController, SandboxPayoutController],
  providers: [SandboxRepository, SandboxGateway, SandboxCallbackDispatcher, SandboxPaymentProvider],
  exports: [SandboxPaymentProvider],
})
export class SandboxModule {}
