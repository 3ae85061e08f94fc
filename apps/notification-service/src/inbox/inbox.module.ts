import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { ApplicantMessageEntity } from './applicant-message.entity';
import { NotifyApplicantHandler } from './handlers/notify-applicant.handler';
import { InboxController } from './inbox.controller';
import { InboxRepository } from './inbox.repository';
import { InboxService } from './inbox.service';
import { ApplicantInbox1764300000000 } from './migrations/1764300000000-applicant-inbox';

/** Tables of the inbox, for `serviceInfrastructure`. */
export const INBOX_ENTITIES = [ApplicantMessageEntity];
/** Migrations of the inbox, for `serviceInfrastructure`. */
export const INBOX_MIGRATIONS = [ApplicantInbox1764300000000];

/**
 * The applicants' inboxes: a message each time a dossier's status changes (from
 * dossier-service's notify-applicant commands), read back with `GET /v1/inbox/{pin}`.
 */
@Module({
  imports: [EmailModule],
  controllers: [InboxController],
  providers: [InboxRepository, InboxService, NotifyApplicantHandler],
})
export class InboxModule {}
