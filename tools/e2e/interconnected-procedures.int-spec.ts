import { TestSmtpServer, waitFor } from '@lienthong/testing';
import { findFreePort } from '@lienthong/local-infra';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startE2eStack, type E2eStack } from './e2e-stack.fixture';

/**
 * The birth and death groups end to end, as a citizen and the other government systems see them:
 * the seven services as separate processes on a real Kafka broker and real PostgreSQL databases, driven only
 * through their public REST APIs.
 */

const LAN = { pin: '079190000001', fullName: 'Nguyen Thi Lan' };
const HUNG_PIN = '079088000002';
const MAI = { pin: '079195000004', fullName: 'Pham Thi Mai' };
const UNKNOWN_PIN = '001190999999';

interface Step {
  key: string;
  status: string;
  result?: Record<string, unknown>;
  reason?: string;
  progress?: { paymentId?: string };
  compensation?: { status: string; result?: Record<string, unknown> };
}
interface Dossier {
  id: string;
  status: string;
  steps: Step[];
  timeline: { kind: string; step?: string; to: string; reason?: string }[];
}

/** The example, with another child and the given changes. */
function birthDossier(options: {
  child: string;
  dateOfBirth?: string;
  sex?: 'male' | 'female';
  mother?: { pin: string; fullName: string };
  fatherPin?: string | null;
  copies?: number;
  channel?: 'online' | 'counter';
}) {
  const mother = options.mother ?? LAN;
  return {
    procedure: 'birth-registration-bundle',
    channel: options.channel ?? 'online',
    applicant: {
      pin: mother.pin,
      fullName: mother.fullName,
      relationship: 'mother',
      email: 'lan@example.vn',
      phone: '0901234567',
    },
    data: {
      child: {
        fullName: options.child,
        sex: options.sex ?? 'male',
        dateOfBirth: options.dateOfBirth ?? '2026-11-02',
        placeOfBirth: 'Tu Du Hospital, Ho Chi Minh City',
      },
      motherPin: mother.pin,
      ...(options.fatherPin === null ? {} : { fatherPin: options.fatherPin ?? HUNG_PIN }),
      medicalBirthCertificateNo: `TD-2026-${Math.floor(Math.random() * 1e6)}`,
      registrationAuthority: { provinceCode: '079', communeCode: '26734' },
      residence: { withParent: 'mother' },
      certifiedCopies: options.copies ?? 0,
    },
  };
}

describe('interconnected procedures end to end (seven services, real Kafka and PostgreSQL)', () => {
  let stack: E2eStack;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = new TestSmtpServer(await findFreePort());
    await smtp.start();
    stack = await startE2eStack({
      label: 'e2e-birth',
      env: {
        'notification-service': {
          SMTP_URL: smtp.url,
          EMAIL_RETRY_INITIAL_MS: '200',
          EMAIL_POLL_INTERVAL_MS: '200',
        },
        // The citizen pays (or does not) through the sandbox's own endpoints.
        'payment-service': { PAYMENT_SANDBOX_AUTO_CONFIRM: 'false' },
      },
    });
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
    await smtp?.stop();
  });

  async function call<T>(
    service: Parameters<E2eStack['url']>[0],
    path: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${stack.url(service)}${path}`, init);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  async function submit(body: unknown, key: string = randomUUID()) {
    return call<Dossier>('dossier-service', '/v1/dossiers', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
  }

  const dossier = async (id: string): Promise<Dossier> =>
    (await call<Dossier>('dossier-service', `/v1/dossiers/${id}`)).body;

  const step = (found: Dossier, key: string): Step => {
    const match = found.steps.find((candidate) => candidate.key === key);
    if (!match) throw new Error(`no step ${key}`);
    return match;
  };

  async function until(id: string, accept: (found: Dossier) => boolean, what: string) {
    let last: Dossier | undefined;
    await waitFor(
      async () => {
        last = await dossier(id);
        return accept(last);
      },
      {
        what: `${what} (last: ${JSON.stringify(last?.steps.map((s) => [s.key, s.status]))})`,
        timeoutMs: 60_000,
      },
    );
    return dossier(id);
  }

  const final = (id: string, status: string) =>
    until(id, (found) => found.status === status, `dossier ${id} to be ${status}`);

  /** The payment the fee step waits for, once payment-service has opened it. */
  async function paymentOf(id: string): Promise<string> {
    const found = await until(
      id,
      (candidate) => step(candidate, 'fee').status === 'in_progress',
      'the payment to be opened',
    );
    const paymentId = step(found, 'fee').progress?.paymentId;
    if (!paymentId) throw new Error('no payment id on the fee step');
    return paymentId;
  }

  const sandbox = (paymentId: string, action: 'confirm' | 'decline') =>
    call('payment-service', `/v1/sandbox/payments/${paymentId}/${action}`, { method: 'POST' });

  async function countRows(
    service: Parameters<E2eStack['url']>[0],
    sql: string,
    params: unknown[],
  ) {
    const client = new Client({ connectionString: stack.databaseUrl(service) });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(sql, params);
      return Number(rows[0].count);
    } finally {
      await client.end();
    }
  }

  it('completes a paid dossier with the registration, the PIN, the residence and the card, and tells the mother', async () => {
    const submitted = await submit(birthDossier({ child: 'Tran Minh An', copies: 2 }));
    expect(submitted.status).toBe(202);
    expect(submitted.body.status).toBe('submitted');
    const { id } = submitted.body;
    expect((await sandbox(await paymentOf(id), 'confirm')).status).toBe(202);

    const done = await final(id, 'completed');
    expect(step(done, 'fee').result).toMatchObject({
      amount: 8000,
      currency: 'VND',
    });
    const birth = step(done, 'birth').result as { registrationNumber: string; pin: string };
    expect(birth.registrationNumber).toMatch(/^KS-26734-\d{4}-\d{6}$/);
    // Province 079, a boy born in the 2000s (2), 2026 (26), then 6 random digits.
    expect(birth.pin).toMatch(/^079226\d{6}$/);
    expect(String(step(done, 'residence').result?.['confirmationNumber'])).toMatch(/^TT-079-/);
    // The 6th birthday, 2 November 2032, is after 30 September: the card runs to the end of that month.
    expect(step(done, 'insurance').result).toEqual({
      cardNumber: birth.pin,
      category: 'TE',
      benefitLevel: 1,
      validFrom: '2026-11-02',
      validTo: '2032-11-30',
    });

    // Declare once: the parents' particulars come from the population register.
    const extract = await call<{
      mother: { fullName: string };
      father: { pin: string };
      child: { pin: string };
    }>('civil-status-service', `/v1/birth-registrations/${birth.registrationNumber}`);
    expect(extract.status).toBe(200);
    expect(extract.body.mother.fullName).toBe(LAN.fullName);
    expect(extract.body.father.pin).toBe(HUNG_PIN);
    const resident = await call<{ pin: string; householdId?: string; household?: { id: string } }>(
      'residence-service',
      `/v1/residents/${birth.pin}`,
    );
    expect(resident.status).toBe(200);
    expect(JSON.stringify(resident.body)).toContain('HK-079-DEMO-0001');
    expect(
      (await call('social-insurance-service', `/v1/health-insurance-cards/${birth.pin}`)).status,
    ).toBe(200);
    const payment = await call<{ status: string }>(
      'payment-service',
      `/v1/payments/${String(step(done, 'fee').result?.['paymentId'])}`,
    );
    expect(payment.body.status).toBe('paid');

    await waitFor(
      async () => {
        const inbox = await call<{ items: { dossierId: string; status: string }[] }>(
          'notification-service',
          `/v1/inbox/${LAN.pin}?limit=100`,
        );
        return inbox.body.items.some(
          (item) => item.dossierId === id && item.status === 'completed',
        );
      },
      { what: 'the completed message in the inbox' },
    );
    await waitFor(
      async () =>
        Promise.resolve(smtp.to('lan@example.vn').some((mail) => mail.text.includes(birth.pin))),
      {
        what: 'an e-mail with the PIN',
      },
    );
  });

  it('completes a dossier with no fee step, the card not applicable for a child of 6 or more', async () => {
    const { body } = await submit(
      birthDossier({
        child: 'Tran Bao Chau',
        sex: 'female',
        dateOfBirth: '2019-05-01',
        channel: 'counter',
      }),
    );
    expect(body.steps.map((s) => s.key)).toEqual(['birth', 'residence', 'insurance']);
    const done = await final(body.id, 'completed');
    expect(step(done, 'insurance').status).toBe('not_applicable');
    expect(step(done, 'insurance').reason).toBeTruthy();
    expect((step(done, 'birth').result as { pin: string }).pin).toMatch(/^079319\d{6}$/);
  });

  it('rejects a mother unknown to the population register and refunds the fee she paid', async () => {
    const { body } = await submit(
      birthDossier({
        child: 'Le Van Khoa',
        mother: { pin: UNKNOWN_PIN, fullName: 'Nobody' },
        fatherPin: null,
        copies: 1,
      }),
    );
    const paymentId = await paymentOf(body.id);
    await sandbox(paymentId, 'confirm');
    const rejected = await final(body.id, 'rejected');
    expect(step(rejected, 'birth').status).toBe('rejected');
    expect(step(rejected, 'birth').reason).toMatch(/mother/i);
    expect(['residence', 'insurance'].map((key) => step(rejected, key).status)).toEqual([
      'skipped',
      'skipped',
    ]);
    const refunded = await until(
      body.id,
      (found) => step(found, 'fee').compensation?.status === 'completed',
      'the refund',
    );
    expect(
      refunded.timeline.filter((line) => line.kind === 'compensation').map((line) => line.to),
    ).toEqual(['requested', 'completed']);
    expect(
      (await call<{ status: string }>('payment-service', `/v1/payments/${paymentId}`)).body.status,
    ).toBe('refunded');
  });

  it('registers the birth but not the residence of a mother without one: partially completed', async () => {
    const { body } = await submit(
      birthDossier({ child: 'Pham Gia Huy', mother: MAI, fatherPin: null }),
    );
    const done = await final(body.id, 'partially_completed');
    expect(step(done, 'birth').status).toBe('completed');
    expect(step(done, 'residence').status).toBe('rejected');
    expect(step(done, 'residence').reason).toMatch(/permanent residence/i);
    expect(step(done, 'insurance').status).toBe('completed');
  });

  it('rejects a second registration of the same child, naming the first', async () => {
    const first = await submit(birthDossier({ child: 'Tran Nhat Minh' }));
    const registered = await final(first.body.id, 'completed');
    const number = (step(registered, 'birth').result as { registrationNumber: string })
      .registrationNumber;
    const second = await submit(birthDossier({ child: 'Tran Nhat Minh' }));
    const rejected = await final(second.body.id, 'rejected');
    expect(step(rejected, 'birth').reason).toContain(number);
    expect(['residence', 'insurance'].map((key) => step(rejected, key).status)).toEqual([
      'skipped',
      'skipped',
    ]);
  });

  it('rejects a father unknown to the population register', async () => {
    const { body } = await submit(birthDossier({ child: 'Tran Duc Anh', fatherPin: UNKNOWN_PIN }));
    const rejected = await final(body.id, 'rejected');
    expect(step(rejected, 'birth').reason).toMatch(/father/i);
  });

  it('refuses a date of birth in the future at intake, naming the field', async () => {
    const response = await submit(
      birthDossier({ child: 'Tran Tuong Lai', dateOfBirth: '2999-01-01' }),
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('/data/child/dateOfBirth');
  });

  it('rejects the dossier when the payment is declined, and nothing else runs', async () => {
    const { body } = await submit(birthDossier({ child: 'Tran Thanh Tam', copies: 3 }));
    await sandbox(await paymentOf(body.id), 'decline');
    const rejected = await final(body.id, 'rejected');
    expect(rejected.steps.map((s) => s.status)).toEqual([
      'rejected',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(step(rejected, 'fee').compensation).toBeUndefined();
  });

  it('returns the same dossier when the POST is retried with the same Idempotency-Key', async () => {
    const key = randomUUID();
    const body = birthDossier({ child: 'Tran Quoc Bao' });
    const first = await submit(body, key);
    const retry = await submit(body, key);
    expect(retry.status).toBe(202);
    expect(retry.body.id).toBe(first.body.id);
    await final(first.body.id, 'completed');
  });

  it('completes with one registration, one PIN and one card when residence-service dies mid-flow and comes back', async () => {
    await stack.kill('residence-service');
    const { body } = await submit(birthDossier({ child: 'Tran Minh Khang' }));
    // The birth waits for its PIN while the population register is down.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(step(await dossier(body.id), 'birth').status).toBe('dispatched');
    await stack.restart('residence-service');
    const done = await final(body.id, 'completed');
    const pin = (step(done, 'birth').result as { pin: string }).pin;
    expect(
      await countRows(
        'civil-status-service',
        'SELECT count(*) FROM birth_registration WHERE dossier_id = $1',
        [body.id],
      ),
    ).toBe(1);
    expect(
      await countRows(
        'residence-service',
        'SELECT count(*) FROM pin_issuance WHERE dossier_id = $1',
        [body.id],
      ),
    ).toBe(1);
    expect(
      await countRows(
        'social-insurance-service',
        'SELECT count(*) FROM health_insurance_card WHERE card_number = $1',
        [pin],
      ),
    ).toBe(1);
    expect(
      await countRows(
        'social-insurance-service',
        'SELECT count(*) FROM health_insurance_card WHERE dossier_id = $1',
        [body.id],
      ),
    ).toBe(1);
  });

  describe('the death group', () => {
    const BINH = '079055000003'; // a pensioner (social insurance), not a social-assistance beneficiary
    const HOA = '079158000005'; // a social-assistance beneficiary who never contributed
    const NAM = '079092000006'; // in neither register

    function deathDossier(deceasedPin: string, relationship = 'child') {
      return {
        procedure: 'death-registration-bundle',
        channel: 'online',
        applicant: {
          pin: LAN.pin,
          fullName: LAN.fullName,
          relationship,
          email: 'lan@example.vn',
          bankAccount: {
            bankCode: '970436',
            accountNumber: '0071000123456',
            accountName: 'NGUYEN THI LAN',
          },
        },
        data: {
          deceasedPin,
          dateOfDeath: '2026-11-20',
          placeOfDeath: 'Cho Ray Hospital, Ho Chi Minh City',
          medicalDeathCertificateNo: `CR-2026-${Math.floor(Math.random() * 1e6)}`,
        },
      };
    }

    async function payment(id: unknown) {
      return (
        await call<{ status: string; amount: number; dossierId: string }>(
          'payment-service',
          `/v1/payments/${String(id)}`,
        )
      ).body;
    }

    it("pays a deceased pensioner's family the funeral allowance once; the support is not applicable", async () => {
      const { body } = await submit(deathDossier(BINH));
      expect(body.steps.map((s) => s.key)).toEqual([
        'death',
        'residence-deletion',
        'funeral-allowance',
        'funeral-support',
      ]);
      const done = await final(body.id, 'completed');
      expect(String(step(done, 'death').result?.['registrationNumber'])).toMatch(/^KT-/);
      expect(String(step(done, 'residence-deletion').result?.['confirmationNumber'])).toMatch(
        /^XT-/,
      );
      const allowance = step(done, 'funeral-allowance').result as {
        amount: number;
        currency: string;
        paymentId: string;
      };
      expect(allowance).toMatchObject({ amount: 23_400_000, currency: 'VND' });
      expect(await payment(allowance.paymentId)).toMatchObject({
        status: 'paid',
        amount: 23_400_000,
        dossierId: body.id,
      });
      expect(step(done, 'funeral-support').status).toBe('not_applicable');
      // Exactly one payout for the dossier, whatever was redelivered on the way.
      expect(
        await countRows('payment-service', 'SELECT count(*) FROM payout WHERE dossier_id = $1', [
          body.id,
        ]),
      ).toBe(1);
      const resident = await call<{ status: string }>('residence-service', `/v1/residents/${BINH}`);
      expect(resident.body.status).toBe('deceased');
    });

    it('pays a social-assistance beneficiary who never contributed the funeral-expense support', async () => {
      const { body } = await submit(deathDossier(HOA));
      const done = await final(body.id, 'completed');
      expect(step(done, 'funeral-allowance').status).toBe('not_applicable');
      const support = step(done, 'funeral-support').result as { amount: number; paymentId: string };
      expect(support.amount).toBe(10_000_000);
      expect(await payment(support.paymentId)).toMatchObject({
        status: 'paid',
        amount: 10_000_000,
      });
    });

    it('completes with no benefit for someone in neither register, and refuses to register the death twice', async () => {
      const first = await submit(deathDossier(NAM, 'relative'));
      const done = await final(first.body.id, 'completed');
      expect(['funeral-allowance', 'funeral-support'].map((key) => step(done, key).status)).toEqual(
        ['not_applicable', 'not_applicable'],
      );
      const second = await submit(deathDossier(NAM, 'relative'));
      const rejected = await final(second.body.id, 'rejected');
      expect(step(rejected, 'death').status).toBe('rejected');
      expect(rejected.steps.slice(1).map((s) => s.status)).toEqual([
        'skipped',
        'skipped',
        'skipped',
      ]);
    });

    it('rejects the death of a PIN unknown to the population register', async () => {
      const { body } = await submit(deathDossier(UNKNOWN_PIN));
      const rejected = await final(body.id, 'rejected');
      expect(step(rejected, 'death').reason).toBeTruthy();
    });
  });
});
