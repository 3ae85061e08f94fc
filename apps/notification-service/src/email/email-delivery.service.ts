import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EmailStatus } from './domain/email-status';
import { EmailDeliveryRepository } from './email-delivery.repository';
import { MailSender } from './mail-sender';

/** The e-mail channel as the inbox sees it: what becomes of a new message's e-mail. */
@Injectable()
export class EmailDeliveryService {
  constructor(
    private readonly repository: EmailDeliveryRepository,
    private readonly sender: MailSender,
  ) {}

  /**
   * Records the e-mail of a new inbox message in the message's own transaction: `pending` when
   * there is an address and e-mail is enabled (the delivery worker sends it after the commit:
   * SMTP is a side effect no transaction can roll back), otherwise `not_sent` or `disabled`.
   */
  async scheduleInTx(
    messageId: string,
    toAddress: string | undefined,
    manager: EntityManager,
  ): Promise<EmailStatus> {
    const status: EmailStatus = !toAddress
      ? 'not_sent'
      : this.sender.enabled
        ? 'pending'
        : 'disabled';
    await this.repository.insertInTx(
      { messageId, status, toAddress: status === 'pending' ? (toAddress ?? null) : null },
      manager,
    );
    return status;
  }
}
