import { NotifyApplicantV1, TOPICS, type CloudEvent, type EventData } from '@lienthong/contracts';
import { newEvent } from '@lienthong/messaging';
import {
  TestSmtpServer,
  connectEventProducer,
  startServiceUnderTest,
  waitFor,
  type EventProducer,
  type ServiceUnderTest,
} from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { NotificationServiceConfig } from '../src/config/notification-service.config';
import { findFreePort } from '@lienthong/local-infra';

type Notice = EventData<typeof NotifyApplicantV1>;

interface InboxPage {
  items: {
    id: string;
    dossierId: string;
    status: string;
    subject: string;
    body: string;
    createdAt: string;
    email: { status: string };
  }[];
  nextCursor: string | null;
}

interface Delivery {
  status: string;
  attempts: number;
  last_error: string | null;
}

const PROCEDURE_NAME = 'Liên thông khai sinh, thường trú, BHYT cho trẻ dưới 6 tuổi';

const COMPLETED_STEPS: Notice['steps'] = [
  {
    key: 'birth',
    agency: 'civil-status',
    status: 'completed',
    result: { registrationNumber: 'KS-079-2026-000123', pin: '079226000123' },
  },
  {
    key: 'residence',
    agency: 'residence',
    status: 'completed',
    result: { confirmationNumber: 'TT-079-2026-000045' },
  },
  {
    key: 'insurance',
    agency: 'social-insurance',
    status: 'completed',
    result: {
      cardNumber: '079226000123',
      category: 'TE',
      benefitLevel: 1,
      validFrom: '2026-11-02',
      validTo: '2032-11-30',
    },
  },
];

/** A notification-service on its own database and topics, and a producer playing dossier-service. */
class NotificationUnderTest {
  readonly logLines: string[] = [];
  private service!: ServiceUnderTest;
  private producer!: EventProducer;

  async start(label: string, env: Record<string, string>): Promise<void> {
    this.service = await startServiceUnderTest({
      label,
      module: AppModule,
      config: NotificationServiceConfig,
      env: { LOG_LEVEL: 'info', ...env },
      logDestination: { write: (line: string) => this.logLines.push(line) },
    });
    this.producer = await connectEventProducer(this.service.prefix);
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect();
    await this.service?.stop();
  }

  http(): Server {
    return this.service.http;
  }

  async send(...events: CloudEvent[]): Promise<void> {
    await this.producer.send(TOPICS.notificationCommands, ...events);
  }

  async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.service.query<T>(sql, parameters);
  }

  async untilConsumed(events: CloudEvent[]): Promise<void> {
    await this.service.untilConsumed(...events);
  }

  async delivery(dossierId: string, status: string): Promise<Delivery | undefined> {
    const [row] = await this.query<Delivery>(
      `SELECT delivery.status, delivery.attempts, delivery.last_error
       FROM email_delivery AS delivery
       JOIN applicant_message AS message ON message.id = delivery.message_id
       WHERE message.dossier_id = $1 AND message.status = $2`,
      [dossierId, status],
    );
    return row;
  }

  async untilDelivery(
    dossierId: string,
    status: string,
    accept: (delivery: Delivery) => boolean,
    timeoutMs = 30000,
  ): Promise<Delivery> {
    let found: Delivery | undefined;
    await waitFor(
      async () => {
        found = await this.delivery(dossierId, status);
        return found !== undefined && accept(found);
      },
      { what: `the e-mail of dossier ${dossierId} (${status})`, timeoutMs, intervalMs: 50 },
    );
    return found as Delivery;
  }

  async inbox(pin: string, query = ''): Promise<InboxPage> {
    const response = await request(this.http()).get(`/v1/inbox/${pin}${query}`).expect(200);
    return response.body as InboxPage;
  }
}

function notice(
  status: Notice['status'],
  recipient: Notice['recipient'],
  dossierId = randomUUID(),
  steps: Notice['steps'] = COMPLETED_STEPS,
) {
  return newEvent(NotifyApplicantV1, {
    subject: dossierId,
    data: {
      dossierId,
      procedure: 'birth-registration-bundle',
      procedureName: PROCEDURE_NAME,
      status,
      recipient,
      steps,
    },
    correlationId: `corr-${dossierId}`,
    source: 'dossier-service',
  });
}

/** A distinct applicant per test, so inboxes do not mix. */
function applicant(serial: number, email?: string): Notice['recipient'] {
  return {
    pin: `0791900${String(serial).padStart(5, '0')}`,
    fullName: 'Nguyễn Thị Lan',
    ...(email ? { email } : {}),
  };
}

describe('notification-service with a real SMTP server', () => {
  const service = new NotificationUnderTest();
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = new TestSmtpServer(await findFreePort());
    await smtp.start();
    await service.start('notification', {
      SMTP_URL: smtp.url,
      EMAIL_MAX_ATTEMPTS: '4',
      EMAIL_RETRY_INITIAL_MS: '500',
      EMAIL_RETRY_MAX_MS: '1000',
      EMAIL_POLL_INTERVAL_MS: '50',
    });
  });

  afterAll(async () => {
    await service.stop();
    await smtp?.stop();
  });

  it('puts one message in the inbox and sends one e-mail, however often the command is redelivered or re-sent', async () => {
    const lan = applicant(1, 'lan@example.vn');
    const first = notice('completed', lan);
    const resent = newEvent(NotifyApplicantV1, {
      subject: first.subject,
      data: first.data,
      correlationId: first.correlationid,
      source: 'dossier-service',
    });

    await service.send(first, first, resent);

    await service.untilConsumed([first, resent]);
    await service.untilDelivery(first.data.dossierId, 'completed', (d) => d.status === 'sent');
    const mails = smtp.to('lan@example.vn');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Hồ sơ đã hoàn thành / Dossier completed: ${PROCEDURE_NAME}`);
    expect(mails[0].from).toBe('Lien thong <no-reply@lienthong.gov.vn>');
    for (const result of [
      'Birth registration number: KS-079-2026-000123',
      "Child's personal identification number: 079226000123",
      'Residence confirmation number: TT-079-2026-000045',
      'Health insurance card number: 079226000123',
      'Giá trị sử dụng / Valid: 2026-11-02 – 2032-11-30',
    ]) {
      expect(mails[0].text).toContain(result);
    }

    const { items } = await service.inbox(lan.pin);
    expect(items).toEqual([
      {
        id: expect.any(String) as unknown,
        dossierId: first.data.dossierId,
        status: 'completed',
        subject: mails[0].subject,
        body: mails[0].text,
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
        email: { status: 'sent' },
      },
    ]);
  });

  it('keeps the message in the inbox only when the applicant gave no address', async () => {
    const withoutEmail = applicant(2);
    const event = notice('rejected', withoutEmail, randomUUID(), [
      {
        key: 'birth',
        agency: 'civil-status',
        status: 'rejected',
        reason: 'The mother PIN is not in the population register.',
      },
      { key: 'residence', agency: 'residence', status: 'skipped' },
    ]);
    const receivedBefore = smtp.received.length;

    await service.send(event);

    await service.untilConsumed([event]);
    const { items } = await service.inbox(withoutEmail.pin);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: 'rejected', email: { status: 'not_sent' } });
    expect(items[0].body).toContain('Reason: The mother PIN is not in the population register.');
    expect(await service.delivery(event.data.dossierId, 'rejected')).toMatchObject({
      status: 'not_sent',
      attempts: 0,
    });
    expect(smtp.received).toHaveLength(receivedBefore);
  });

  it('pages an inbox newest first with an opaque cursor, and refuses malformed input', async () => {
    const pin = applicant(3).pin;
    const dossierId = randomUUID();
    const events = (['submitted', 'in_progress', 'completed'] as const).map((status) =>
      notice(status, applicant(3), dossierId),
    );
    // One dossier, one key, one partition: the three are stored in this order.
    await service.send(...events);
    await service.untilConsumed(events);

    const first = await service.inbox(pin, '?limit=2');
    expect(first.items.map((item) => item.status)).toEqual(['completed', 'in_progress']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await service.inbox(pin, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.status)).toEqual(['submitted']);
    expect(second.nextCursor).toBeNull();
    const all = await service.inbox(pin);
    expect(all.items.map((item) => item.status)).toEqual(['completed', 'in_progress', 'submitted']);
    expect(all.nextCursor).toBeNull();
    expect(await service.inbox('079190099999')).toEqual({ items: [], nextCursor: null });

    for (const [query, parameter] of [
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?limit=two', 'limit'],
      ['?cursor=not-a-cursor', 'cursor'],
    ]) {
      const response = await request(service.http()).get(`/v1/inbox/${pin}${query}`).expect(400);
      const problem = response.body as { type: string; errors: { parameter: string }[] };
      expect(problem.type).toBe('https://lienthong.gov.vn/problems/validation-error');
      // A non-number breaks every constraint of `limit`: each is listed, all about that parameter.
      expect(new Set(problem.errors.map((error) => error.parameter))).toEqual(new Set([parameter]));
    }
    const malformed = await request(service.http()).get('/v1/inbox/07919000000x').expect(400);
    expect(malformed.body).toMatchObject({
      errors: [{ parameter: 'pin', detail: 'pin must be exactly 12 digits' }],
    });
  });

  it('sends the e-mail after retrying when the SMTP server is down at first', async () => {
    const minh = applicant(4, 'minh@example.vn');
    const event = notice('completed', minh);
    await smtp.stop();
    try {
      await service.send(event);
      const failed = await service.untilDelivery(
        event.data.dossierId,
        'completed',
        (d) => d.attempts >= 1 && d.last_error !== null,
      );
      expect(failed).toMatchObject({ status: 'pending' });
      expect(failed.last_error).toMatch(/^E[A-Z]+/);
      expect(smtp.to('minh@example.vn')).toHaveLength(0);
    } finally {
      await smtp.start();
    }

    const sent = await service.untilDelivery(
      event.data.dossierId,
      'completed',
      (d) => d.status === 'sent',
    );
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(smtp.to('minh@example.vn')).toHaveLength(1);
    expect((await service.inbox(minh.pin)).items[0].email).toEqual({ status: 'sent' });
  });

  it('gives an e-mail up as failed after the configured attempts, counting it and logging its id only', async () => {
    const bouncing = applicant(5, 'nobody@bounce.example');
    const event = notice('completed', bouncing);

    await service.send(event);

    const failed = await service.untilDelivery(
      event.data.dossierId,
      'completed',
      (d) => d.status === 'failed',
    );
    expect(failed).toEqual({ status: 'failed', attempts: 4, last_error: 'EENVELOPE 550 RCPT TO' });
    const { items } = await service.inbox(bouncing.pin);
    expect(items[0].email).toEqual({ status: 'failed' });
    const metrics = await request(service.http()).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/lienthong_email_attempts_total\{outcome="failed"[^}]*\} 1/);
    expect(metrics.text).toMatch(/lienthong_email_attempts_total\{outcome="retry"[^}]*\} [4-9]/);
    const givenUp = service.logLines
      .map((line) => JSON.parse(line) as { msg: string; messageId?: string; failure?: string })
      .find((line) => line.msg === 'e-mail given up');
    expect(givenUp).toMatchObject({ messageId: items[0].id, failure: 'EENVELOPE 550 RCPT TO' });
    // No address, PIN or name anywhere in the logs of this file's service.
    const logs = service.logLines.join('\n');
    for (const secret of [
      'lan@example.vn',
      'minh@example.vn',
      'nobody@bounce.example',
      bouncing.pin,
      'Nguyễn Thị Lan',
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe('notification-service without SMTP_URL', () => {
  const service = new NotificationUnderTest();

  beforeAll(async () => {
    await service.start('notification_no_smtp', {});
  });

  afterAll(async () => {
    await service.stop();
  });

  it('starts without any mail server and keeps the inbox, marking e-mails disabled', async () => {
    const lan = applicant(6, 'lan@example.vn');
    const event = notice('completed', lan);

    await service.send(event);

    await service.untilConsumed([event]);
    await request(service.http()).get('/health/ready').expect(200);
    const { items } = await service.inbox(lan.pin);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: 'completed', email: { status: 'disabled' } });
    const [row] = await service.query<{ to_address: string | null }>(
      'SELECT to_address FROM email_delivery WHERE message_id = $1',
      [items[0].id],
    );
    // Nothing will be sent, so the address is not kept.
    expect(row.to_address).toBeNull();
  });
});
