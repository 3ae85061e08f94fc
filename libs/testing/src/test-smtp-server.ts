import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** One e-mail as the test SMTP server received it, decoded by mailparser. */
export interface ReceivedMail {
  readonly envelopeTo: readonly string[];
  readonly from: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * A real SMTP server in the test process (the `smtp-server` package): plain SMTP without TLS or
 * authentication, keeping every message it accepts. Recipients at `bounce.example` are refused
 * with 550, as a mail server refuses an unknown mailbox. It listens on a port given up front so it
 * can be stopped and started again on the same one.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;

  constructor(readonly port: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** E-mails received for `address`. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.envelopeTo.includes(address));
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        if (address.address.endsWith('@bounce.example')) {
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        simpleParser(stream)
          .then((mail) => {
            const sender = mail.from?.value[0];
            const from = sender?.name
              ? `${sender.name} <${sender.address ?? ''}>`
              : (sender?.address ?? '');
            this.received.push({
              envelopeTo,
              from,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
            });
            callback();
          })
          .catch((error: unknown) =>
            callback(error instanceof Error ? error : new Error(String(error))),
          );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
