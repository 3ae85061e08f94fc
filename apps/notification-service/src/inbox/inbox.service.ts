import { Inject, Injectable } from '@nestjs/common';
import type { EventData, NotifyApplicantV1 } from '@lienthong/contracts';
import type { HandlerOutcome } from '@lienthong/messaging';
import { PLATFORM_LOGGER } from '@lienthong/platform';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { EmailDeliveryService } from '../email/email-delivery.service';
import { composeApplicantMessage } from './domain/compose-applicant-message.util';
import { decodeInboxCursor, encodeInboxCursor } from './domain/inbox-cursor.util';
import { INBOX_PAGE, type InboxPageView } from './dto/inbox.dto';
import { InboxRepository } from './inbox.repository';

/** The applicants' inboxes: what they are told about their dossiers, and reading it back. */
@Injectable()
export class InboxService {
  private readonly logger: Logger;

  constructor(
    @Inject(PLATFORM_LOGGER) rootLogger: Logger,
    private readonly repository: InboxRepository,
    private readonly email: EmailDeliveryService,
  ) {
    this.logger = rootLogger.child({ context: InboxService.name });
  }

  /**
   * Tells the applicant that their dossier's status changed, in the consumer's transaction: an
   * inbox message, and its e-mail recorded as pending when an address was given (sent later).
   *
   * @idempotent One message per dossier and status: a redelivered or re-sent command finds it
   * already there and changes nothing (`skipped`).
   */
  async notifyApplicantInTx(
    notice: EventData<typeof NotifyApplicantV1>,
    manager: EntityManager,
  ): Promise<HandlerOutcome> {
    const { dossierId, status, recipient } = notice;
    const { subject, body } = composeApplicantMessage({
      dossierId,
      procedureName: notice.procedureName,
      status,
      recipientName: recipient.fullName,
      steps: notice.steps,
    });
    const id = randomUUID();
    const inserted = await this.repository.insertIfAbsentInTx(
      { id, dossierId, status, recipientPin: recipient.pin, subject, body },
      manager,
    );
    if (!inserted) {
      this.logger.info({ dossierId, status }, 'applicant already told of this status');
      return 'skipped';
    }
    const emailStatus = await this.email.scheduleInTx(id, recipient.email, manager);
    this.logger.info({ dossierId, status, messageId: id, emailStatus }, 'applicant notified');
    return 'applied';
  }

  /** One page of an applicant's inbox, newest first. The cursor was checked by the DTO. */
  async getInbox(
    pin: string,
    { cursor, limit = INBOX_PAGE.defaultLimit }: { cursor?: string; limit?: number },
  ): Promise<InboxPageView> {
    const before = cursor === undefined ? null : decodeInboxCursor(cursor);
    // One more than asked tells whether a next page exists without counting.
    const rows = await this.repository.findPage(pin, before, limit + 1);
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => ({
        id: row.id,
        dossierId: row.dossierId,
        status: row.status,
        subject: row.subject,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
        email: { status: row.emailStatus },
      })),
      nextCursor: rows.length > limit ? encodeInboxCursor(page[page.length - 1].sequence) : null,
    };
  }
}
