import {
  BenefitPaidV1,
  BenefitPayoutFailedV1,
  PayFuneralAllowanceV1,
  TOPICS,
  type CloudEvent,
} from '@lienthong/contracts';
import { newEvent } from '@lienthong/messaging';
import { createTestApp } from '@lienthong/platform';
import {
  connectEventProducer,
  createTestDatabase,
  kafkaBrokers,
  readTopic,
  startServiceUnderTest,
  waitFor,
  type EventProducer,
  type ServiceUnderTest,
} from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { SocialInsuranceServiceConfig } from '../src/config/social-insurance-service.config';
import type { InsuranceSeed } from '../src/insurance-register/domain/insurance-seed.schema';
import { InsuranceSeedFileError } from '../src/insurance-register/insurance-seed.file';

const PENSIONER = '079055000003';
const SIX_MONTHS = '001088356451';
const TWELVE_MONTHS = '001083731125';
const NOT_INSURED = '079092000006';

/** The register of this file, given through SOCIAL_INSURANCE_SEED_FILE. */
const SEED: InsuranceSeed = {
  participants: [
    { pin: PENSIONER, kind: 'pensioner', contributionMonths: 384, since: '2015-03-01' },
    { pin: SIX_MONTHS, kind: 'participant', contributionMonths: 6, since: '2025-03-01' },
    { pin: TWELVE_MONTHS, kind: 'participant', contributionMonths: 12, since: '2023-01-01' },
  ],
};

interface Message {
  readonly id: string;
  readonly type: string;
  readonly causationid?: string;
  readonly data: Record<string, unknown> & {
    result?: Record<string, unknown>;
    code?: string;
    reason?: string;
    amount?: number;
  };
}

describe('the funeral allowance of social-insurance-service', () => {
  let dir: string;
  let service: ServiceUnderTest;
  let producer: EventProducer;

  function payCommand(dossierId: string, deceasedPin: string, dateOfDeath = '2026-11-20') {
    return newEvent(PayFuneralAllowanceV1, {
      subject: dossierId,
      data: {
        dossierId,
        step: 'funeral-allowance',
        deceasedPin,
        dateOfDeath,
        payee: {
          pin: '079190000001',
          fullName: 'Nguyen Thi Lan',
          bankAccount: {
            bankCode: '970436',
            accountNumber: '0071000123456',
            accountName: 'NGUYEN THI LAN',
          },
        },
      },
      correlationId: `corr-${dossierId}`,
      source: 'dossier-service',
    });
  }

  /** payment-service's answer that it paid, as its relay would publish it. */
  function benefitPaid(dossierId: string, step: string, amount: number, paymentId = randomUUID()) {
    return newEvent(BenefitPaidV1, {
      subject: dossierId,
      data: { dossierId, step, paymentId, amount, currency: 'VND' },
      correlationId: `corr-${dossierId}`,
      source: 'payment-service',
    });
  }

  async function messagesOf(topic: string, dossierId: string): Promise<Message[]> {
    return (await readTopic(`${service.prefix}${topic}`))
      .filter((record) => record.key === dossierId)
      .map((record) => JSON.parse(record.value ?? 'null') as Message);
  }

  async function until(topic: string, dossierId: string, count: number): Promise<Message[]> {
    let messages: Message[] = [];
    await waitFor(
      async () => {
        messages = await messagesOf(topic, dossierId);
        return messages.length >= count;
      },
      { what: `${count} message(s) of dossier ${dossierId} on ${topic}`, intervalMs: 300 },
    );
    return messages;
  }

  const payouts = (dossierId: string, count = 1) => until(TOPICS.paymentCommands, dossierId, count);
  const outcomes = (dossierId: string, count = 1) =>
    until(TOPICS.socialInsuranceEvents, dossierId, count);

  async function send(topic: string, ...events: CloudEvent[]): Promise<void> {
    await producer.send(topic, ...events);
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'funeral-allowance-'));
    const seedFile = path.join(dir, 'insurance-register.json');
    writeFileSync(seedFile, JSON.stringify(SEED));
    service = await startServiceUnderTest({
      label: 'funeral-allowance',
      module: AppModule,
      config: SocialInsuranceServiceConfig,
      env: { SOCIAL_INSURANCE_SEED_FILE: seedFile },
    });
    producer = await connectEventProducer(service.prefix);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pays a deceased pensioner 10 x 2,340,000 VND through payment-service exactly once, however often the command is re-sent, and not again for another dossier', async () => {
    const dossierId = randomUUID();
    const first = payCommand(dossierId, PENSIONER);
    const resent = payCommand(dossierId, PENSIONER);
    await send(TOPICS.socialInsuranceCommands, first, first, resent);
    await service.untilConsumed(first, resent);

    const [payout] = await payouts(dossierId);
    expect(payout).toMatchObject({
      type: 'vn.gov.payment.pay-benefit.v1',
      causationid: first.id,
      data: {
        dossierId,
        step: 'funeral-allowance',
        agency: 'social-insurance-service',
        benefit: 'funeral-allowance',
        amount: 23_400_000,
        currency: 'VND',
        payee: first.data.payee,
      },
    });
    // Another agency's payout for the same dossier is none of this service's business.
    const support = benefitPaid(dossierId, 'funeral-support', 10_000_000);
    const paid = benefitPaid(dossierId, 'funeral-allowance', 23_400_000);
    await send(TOPICS.paymentPayoutResults, support, paid, paid);
    const [completed] = await outcomes(dossierId);
    expect(completed).toMatchObject({
      type: 'vn.gov.social-insurance.funeral-allowance-paid.v1',
      causationid: paid.id,
      data: {
        dossierId,
        step: 'funeral-allowance',
        result: { amount: 23_400_000, currency: 'VND', paymentId: paid.data.paymentId },
      },
    });

    const resentAfterPayment = payCommand(dossierId, PENSIONER);
    const otherDossier = randomUUID();
    const sameDeath = payCommand(otherDossier, PENSIONER);
    await send(TOPICS.socialInsuranceCommands, resentAfterPayment, sameDeath);
    await service.untilConsumed(support, paid, resentAfterPayment, sameDeath);
    const answers = await outcomes(dossierId, 2);
    expect(answers).toHaveLength(2);
    expect(answers[1]).toMatchObject({
      causationid: resentAfterPayment.id,
      data: { result: completed.data.result },
    });
    const [refused] = await outcomes(otherDossier);
    expect(refused).toMatchObject({
      type: 'vn.gov.social-insurance.funeral-allowance-not-applicable.v1',
      data: {
        reason:
          'The funeral allowance for this death was already granted in another dossier; it is paid once per death.',
      },
    });
    expect(await messagesOf(TOPICS.paymentCommands, dossierId)).toHaveLength(1);
    expect(await messagesOf(TOPICS.paymentCommands, otherDossier)).toHaveLength(0);

    const view = await request(service.http).get(`/v1/funeral-allowances/${dossierId}`).expect(200);
    expect(view.body).toEqual({
      dossierId,
      step: 'funeral-allowance',
      status: 'paid',
      deceasedPin: PENSIONER,
      dateOfDeath: '2026-11-20',
      amount: 23_400_000,
      currency: 'VND',
      referenceLevel: 2_340_000,
      referenceLevelMultiple: 10,
      paymentId: paid.data.paymentId,
      refusalCode: null,
      reason: null,
      decidedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
      settledAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
    });
    const unknown = await request(service.http)
      .get(`/v1/funeral-allowances/${randomUUID()}`)
      .expect(404);
    expect(unknown.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/funeral-allowance-not-found',
    });
    const malformed = await request(service.http)
      .get('/v1/funeral-allowances/not-a-dossier')
      .expect(400);
    expect(malformed.body).toMatchObject({
      errors: [{ parameter: 'dossierId', detail: 'dossierId must be a UUID' }],
    });
  });

  it('answers not applicable, with the reason, for a participant with 6 months and for someone not in the register, and asks for no payout', async () => {
    const sixMonths = randomUUID();
    const notInsured = randomUUID();
    await send(
      TOPICS.socialInsuranceCommands,
      payCommand(sixMonths, SIX_MONTHS),
      payCommand(notInsured, NOT_INSURED),
    );

    const [few] = await outcomes(sixMonths);
    const [unknown] = await outcomes(notInsured);
    expect(few).toMatchObject({
      type: 'vn.gov.social-insurance.funeral-allowance-not-applicable.v1',
      data: {
        dossierId: sixMonths,
        step: 'funeral-allowance',
        code: 'insufficient-contributions',
        reason:
          'The deceased had 6 months of compulsory social-insurance contributions; the funeral allowance needs at least 12 months, or a pension.',
      },
    });
    expect(unknown).toMatchObject({
      type: 'vn.gov.social-insurance.funeral-allowance-not-applicable.v1',
      data: {
        dossierId: notInsured,
        code: 'not-in-register',
        reason:
          'The deceased is not in the social-insurance register, neither as a pensioner nor as a participant; no funeral allowance is due.',
      },
    });
    expect(await messagesOf(TOPICS.paymentCommands, sixMonths)).toHaveLength(0);
    expect(await messagesOf(TOPICS.paymentCommands, notInsured)).toHaveLength(0);
  });

  it("fails the step with the bank's reason when the payout fails", async () => {
    const dossierId = randomUUID();
    // A death before 2024-07-01: the reference level of then, 1,800,000 VND.
    await send(TOPICS.socialInsuranceCommands, payCommand(dossierId, TWELVE_MONTHS, '2024-06-30'));
    const [payout] = await payouts(dossierId);
    expect(payout.data.amount).toBe(18_000_000);

    await send(
      TOPICS.paymentPayoutResults,
      newEvent(BenefitPayoutFailedV1, {
        subject: dossierId,
        data: {
          dossierId,
          step: 'funeral-allowance',
          paymentId: randomUUID(),
          code: 'refused-by-bank',
          reason: 'The bank refused the transfer: the account is closed.',
        },
        correlationId: `corr-${dossierId}`,
        source: 'payment-service',
      }),
    );

    const [failed] = await outcomes(dossierId);
    expect(failed).toMatchObject({
      type: 'vn.gov.social-insurance.funeral-allowance-failed.v1',
      data: {
        dossierId,
        step: 'funeral-allowance',
        code: 'payout-failed',
        reason:
          'The funeral allowance of 18,000,000 VND is due but could not be paid: The bank refused the transfer: the account is closed.',
      },
    });
  });

  it('refuses to start with an invalid register seed file, naming the entry and the field', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        participants: [
          SEED.participants[0],
          { ...SEED.participants[1], contributionMonths: -1 },
          { ...SEED.participants[2], since: '2999-01-01' },
        ],
      }),
    );
    const database = await createTestDatabase('funeral_allowance_bad_seed');
    try {
      const failure = createTestApp({
        module: AppModule,
        config: SocialInsuranceServiceConfig,
        env: {
          DATABASE_URL: database.url,
          KAFKA_BROKERS: kafkaBrokers().join(','),
          SOCIAL_INSURANCE_SEED_FILE: bad,
        },
      });

      await expect(failure).rejects.toBeInstanceOf(InsuranceSeedFileError);
      await expect(failure).rejects.toMatchObject({
        problems: [{ pointer: '/participants/1/contributionMonths', reason: 'must be >= 0' }],
      });
    } finally {
      await database.drop();
    }
  });
});
