import { Module } from '@nestjs/common';
import { SandboxGateway1764300000001 } from './migrations/1764300000001-sandbox-gateway';
import { SandboxCallbackDispatcher } from './sandbox-callback.dispatcher';
import { SandboxCallbackEntity } from './sandbox-callback.entity';
import { SandboxGateway } from './sandbox-gateway.service';
import { SandboxPaymentEntity } from './sandbox-payment.entity';
import { SandboxPaymentProvider } from './sandbox-payment.provider';
import { SandboxController } from './sandbox.controller';
import { SandboxRepository } from './sandbox.repository';

/** Tables of the sandbox gateway, for `serviceInfrastructure`. */
export const SANDBOX_ENTITIES = [SandboxPaymentEntity, SandboxCallbackEntity];
/** Migrations of the sandbox gateway, for `serviceInfrastructure`. */
export const SANDBOX_MIGRATIONS = [SandboxGateway1764300000001];

/**
 * The built-in sandbox payment gateway: its adapter (`SandboxPaymentProvider`), its state, its
 * webhook dispatcher and its confirm / decline controls.
 */
@Module({
  controllers: [SandboxController],
  providers: [SandboxRepository, SandboxGateway, SandboxCallbackDispatcher, SandboxPaymentProvider],
  exports: [SandboxPaymentProvider],
})
export class SandboxModule {}
