import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { NotificationServiceConfig } from '../config/notification-service.config';

/** One plain-text e-mail. */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * Longest a send may take: connecting, the server's greeting, then any silence on the socket.
 * Well under the worker's lease, so a claimed e-mail is never sent twice at once.
 */
export const SMTP_TIMEOUTS_MS = { connection: 10_000, greeting: 10_000, socket: 30_000 } as const;

/**
 * Sends e-mails through the SMTP server of `SMTP_URL` with nodemailer, one connection per
 * message. Without `SMTP_URL` it is disabled and nothing connects anywhere.
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transporter: Transporter | undefined;

  constructor(config: NotificationServiceConfig) {
    this.transporter = config.SMTP_URL
      ? createTransport(
          {
            url: config.SMTP_URL,
            connectionTimeout: SMTP_TIMEOUTS_MS.connection,
            greetingTimeout: SMTP_TIMEOUTS_MS.greeting,
            socketTimeout: SMTP_TIMEOUTS_MS.socket,
          },
          { from: config.MAIL_FROM },
        )
      : undefined;
  }

  /** Whether e-mail is configured (`SMTP_URL` set). */
  get enabled(): boolean {
    return this.transporter !== undefined;
  }

  /**
   * Hands one e-mail to the SMTP server.
   * @throws the transport's error (see `summariseSmtpFailure`), or when disabled.
   */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter) throw new Error('e-mail is disabled (SMTP_URL is not set)');
    await this.transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
