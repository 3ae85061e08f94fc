import { Module } from '@nestjs/common';
import { EmailDeliveryEntity } from './email-delivery.entity';
import { EmailDeliveryRepository } from './email-delivery.repository';
import { EmailDeliveryService } from './email-delivery.service';
import { EmailDeliveryWorker } from './email-delivery.worker';
import { MailSender } from './mail-sender';
import { EmailDelivery1764300000001 } from './migrations/1764300000001-email-delivery';

/** Tables of the e-mail channel, for `serviceInfrastructure`. */
export const EMAIL_ENTITIES = [EmailDeliveryEntity];
/** Migrations of the e-mail channel (after the inbox's: its rows reference messages). */
export const EMAIL_MIGRATIONS = [EmailDelivery1764300000001];

/** The e-mail channel: SMTP through nodemailer, a delivery worker with retries. */
@Module({
  providers: [MailSender, EmailDeliveryRepository, EmailDeliveryService, EmailDeliveryWorker],
  exports: [EmailDeliveryService],
})
export class EmailModule {}
