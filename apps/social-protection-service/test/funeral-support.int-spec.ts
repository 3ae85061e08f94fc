import {
  BenefitPaidV1,
  BenefitPayoutFailedV1,
  PayFuneralSupportV1,
  TOPICS,
  type CloudEvent,
} from '@lienthong/contracts';
import { newEvent } from '@lienthong/messaging';
import { createTestApp } from '@lienthong/platform';
import {
  connectEventProducer,
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
import { BeneficiarySeedFileError } from '../src/beneficiary-register/beneficiary-seed.file';
import { SocialProtectionServiceConfig } from '../src/config/social-protection-service.config';

/** People of the default seeds (population register and beneficiary register). */
const LE_THI_HOA = '079158000005';
const HO_CONG_HUNG = '031035025075';
const NGUYEN_THI_HOA = '048140539339';
const NGUYEN_VAN_BINH = '079055000003';
const APPLICANT = {
  pin: '079190000001',
  fullName: 'Nguyen Thi Lan',
  bankAccount: {
    bankCode: '970436',
    accountNumber: '0071000123456',
    accountName: 'NGUYEN THI LAN',
  },
};

interface Received {
  readonly id: string;
  readonly type: string;
  readonly causationid?: string;
  readonly data: Record<string, unknown>;
}

describe('the funeral support of social-protection-service, with payment-service played by the test', () => {
  let service: ServiceUnderTest;
  let producer: EventProducer;

  function payCommand(
    dossierId: string,
    deceasedPin: string,
    otherFuneralBenefitPaid?: number,
  ): CloudEvent {
    return newEvent(PayFuneralSupportV1, {
      subject: dossierId,
      data: {
        dossierId,
        step: 'funeral-support',
        deceasedPin,
        dateOfDeath: '2026-11-20',
        payee: APPLICANT,
        ...(otherFuneralBenefitPaid === undefined
          ? {}
          : { otherFuneralBenefitPaid: { amount: otherFuneralBenefitPaid } }),
      },
      correlationId: `corr-${dossierId}`,
      causationId: randomUUID(),
      source: 'dossier-service',
    });
  }

  function benefitPaid(dossierId: string, step: string, paymentId: string): CloudEvent {
    return newEvent(BenefitPaidV1, {
      subject: dossierId,
      data: { dossierId, step, paymentId, amount: 10_000_000, currency: 'VND' },
      correlationId: `corr-${dossierId}`,
      source: 'payment-service',
    });
  }

  /** Everything on one topic of the service's namespace about one dossier, oldest first. */
  async function received(topic: string, dossierId: string): Promise<Received[]> {
    return (await readTopic(`${service.prefix}${topic}`))
      .filter((record) => record.key === dossierId)
      .map((record) => JSON.parse(record.value ?? 'null') as Received);
  }

  async function until(topic: string, dossierId: string, count: number): Promise<Received[]> {
    let events: Received[] = [];
    await waitFor(
      async () => {
        events = await received(topic, dossierId);
        return events.length >= count;
      },
      { what: `${count} event(s) on ${topic} about dossier ${dossierId}`, intervalMs: 300 },
    );
    return events;
  }

  /**
   * The events the service wrote about one dossier, by type: its outbox, which commits with the
   * inbox row, so once an event is consumed this is exact (Kafka lags by the relay's delay).
   */
  async function emitted(dossierId: string): Promise<Record<string, number>> {
    const rows = await service.query<{ type: string; count: number }>(
      `SELECT event_type AS type, count(*)::int AS count FROM outbox_message
       WHERE message_key = $1 GROUP BY event_type`,
      [dossierId],
    );
    return Object.fromEntries(rows.map((row) => [row.type, row.count]));
  }

  const outcomes = (dossierId: string, count: number) =>
    until(TOPICS.socialProtectionEvents, dossierId, count);
  const payoutRequests = (dossierId: string, count: number) =>
    until(TOPICS.paymentCommands, dossierId, count);

  beforeAll(async () => {
    // No seed file given: the default one of the repository.
    service = await startServiceUnderTest({
      label: 'social-protection',
      module: AppModule,
      config: SocialProtectionServiceConfig,
    });
    producer = await connectEventProducer(service.prefix);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  it('boots with the default seed and answers who is a monthly social-assistance beneficiary, and since when', async () => {
    await waitFor(async () => (await request(service.http).get('/health/ready')).status === 200, {
      what: 'social-protection-service to be ready',
    });

    const hoa = await request(service.http).get(`/v1/beneficiaries/${LE_THI_HOA}`).expect(200);
    expect(hoa.body).toEqual({ pin: LE_THI_HOA, since: '2020-01-01' });
    const binh = await request(service.http)
      .get(`/v1/beneficiaries/${NGUYEN_VAN_BINH}`)
      .expect(404);
    expect(binh.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(binh.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/beneficiary-not-found',
    });
    expect((binh.body as { detail: string }).detail).not.toContain(NGUYEN_VAN_BINH);
    const malformed = await request(service.http).get('/v1/beneficiaries/07915800000x').expect(400);
    expect(malformed.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/validation-error',
      errors: [{ parameter: 'pin', detail: 'pin must be exactly 12 digits' }],
    });
  });

  it('pays a beneficiary 10,000,000 VND once however often the command comes, on its own payout result only, and once per deceased', async () => {
    const dossierId = randomUUID();
    const first = payCommand(dossierId, LE_THI_HOA);
    const resent = payCommand(dossierId, LE_THI_HOA);

    await producer.send(TOPICS.socialProtectionCommands, first, first, resent);
    await service.untilConsumed(first, resent);

    const [payout] = await payoutRequests(dossierId, 1);
    expect(payout).toMatchObject({
      type: 'vn.gov.payment.pay-benefit.v1',
      causationid: first.id,
      data: {
        dossierId,
        step: 'funeral-support',
        agency: 'social-protection-service',
        benefit: 'funeral-support',
        amount: 10_000_000,
        currency: 'VND',
        payee: APPLICANT,
      },
    });
    // While the payout is pending, the re-sent command is left to the payout's result.
    expect(await emitted(dossierId)).toEqual({ 'vn.gov.payment.pay-benefit.v1': 1 });

    // The funeral allowance of the same dossier is social insurance's payout, not ours.
    const othersResult = benefitPaid(dossierId, 'funeral-allowance', randomUUID());
    await producer.send(TOPICS.paymentPayoutResults, othersResult);
    await service.untilConsumed(othersResult);
    expect(await emitted(dossierId)).toEqual({ 'vn.gov.payment.pay-benefit.v1': 1 });

    const paymentId = randomUUID();
    const paid = benefitPaid(dossierId, 'funeral-support', paymentId);
    await producer.send(TOPICS.paymentPayoutResults, paid, paid);
    const [outcome] = await outcomes(dossierId, 1);
    expect(outcome).toMatchObject({
      type: 'vn.gov.social-protection.funeral-support-paid.v1',
      causationid: paid.id,
      data: {
        dossierId,
        step: 'funeral-support',
        result: { amount: 10_000_000, currency: 'VND', paymentId },
      },
    });

    // A command re-sent after the payout is answered with the same payment; nothing is paid again.
    const late = payCommand(dossierId, LE_THI_HOA);
    await producer.send(TOPICS.socialProtectionCommands, late);
    const [, again] = await outcomes(dossierId, 2);
    expect(again).toMatchObject({ causationid: late.id, data: outcome.data });

    // Another dossier for the same death: the support was paid once per person already.
    const otherDossier = randomUUID();
    await producer.send(TOPICS.socialProtectionCommands, payCommand(otherDossier, LE_THI_HOA));
    const [held] = await outcomes(otherDossier, 1);
    expect(held).toMatchObject({
      type: 'vn.gov.social-protection.funeral-support-not-applicable.v1',
      data: {
        dossierId: otherDossier,
        code: 'higher-benefit-paid',
        reason:
          'The funeral-expense support of 10,000,000 VND for this death is already paid, or being paid, under another dossier; it is paid once per deceased person.',
      },
    });

    expect(await emitted(dossierId)).toEqual({
      'vn.gov.payment.pay-benefit.v1': 1,
      'vn.gov.social-protection.funeral-support-paid.v1': 2,
    });
    expect(await emitted(otherDossier)).toEqual({
      'vn.gov.social-protection.funeral-support-not-applicable.v1': 1,
    });
    const view = await request(service.http).get(`/v1/funeral-supports/${dossierId}`).expect(200);
    expect(view.body).toMatchObject({
      dossierId,
      step: 'funeral-support',
      status: 'paid',
      deceasedPin: LE_THI_HOA,
      dateOfDeath: '2026-11-20',
      payeePin: APPLICANT.pin,
      amount: 10_000_000,
      currency: 'VND',
      otherFuneralBenefitPaid: null,
      paymentId,
      code: null,
      reason: null,
    });
  });

  it('answers not applicable, with the reason, for a non-beneficiary and for a family paid a larger funeral allowance, and asks for no payout', async () => {
    const notBeneficiary = randomUUID();
    const largerAllowance = randomUUID();

    await producer.send(
      TOPICS.socialProtectionCommands,
      payCommand(notBeneficiary, NGUYEN_VAN_BINH),
    );
    await producer.send(
      TOPICS.socialProtectionCommands,
      payCommand(largerAllowance, HO_CONG_HUNG, 23_400_000),
    );

    const [binh] = await outcomes(notBeneficiary, 1);
    expect(binh).toMatchObject({
      type: 'vn.gov.social-protection.funeral-support-not-applicable.v1',
      data: {
        dossierId: notBeneficiary,
        step: 'funeral-support',
        code: 'not-a-beneficiary',
        reason:
          'The deceased was not a monthly social-assistance beneficiary; funeral-expense support is for beneficiaries only.',
      },
    });
    const [hung] = await outcomes(largerAllowance, 1);
    expect(hung).toMatchObject({
      type: 'vn.gov.social-protection.funeral-support-not-applicable.v1',
      data: {
        dossierId: largerAllowance,
        code: 'higher-benefit-paid',
        reason:
          'A funeral allowance of 23,400,000 VND was paid for this death, at least the funeral-expense support of 10,000,000 VND; a family receives only the higher of overlapping funeral benefits.',
      },
    });
    // The outcome and a payout request would have been written by the same transaction.
    for (const dossierId of [notBeneficiary, largerAllowance]) {
      expect(await emitted(dossierId)).toEqual({
        'vn.gov.social-protection.funeral-support-not-applicable.v1': 1,
      });
    }
    const view = await request(service.http)
      .get(`/v1/funeral-supports/${largerAllowance}`)
      .expect(200);
    expect(view.body).toMatchObject({
      status: 'not_applicable',
      amount: 10_000_000,
      otherFuneralBenefitPaid: 23_400_000,
      code: 'higher-benefit-paid',
      paymentId: null,
    });
    await request(service.http).get(`/v1/funeral-supports/${randomUUID()}`).expect(404);
  });

  it("fails the step with the bank's reason when the payout fails, which frees the support for a corrected dossier", async () => {
    const dossierId = randomUUID();
    await producer.send(TOPICS.socialProtectionCommands, payCommand(dossierId, NGUYEN_THI_HOA));
    await payoutRequests(dossierId, 1);

    const failed = newEvent(BenefitPayoutFailedV1, {
      subject: dossierId,
      data: {
        dossierId,
        step: 'funeral-support',
        paymentId: randomUUID(),
        code: 'invalid-account',
        reason: 'The bank has no account with this number.',
      },
      correlationId: `corr-${dossierId}`,
      source: 'payment-service',
    });
    await producer.send(TOPICS.paymentPayoutResults, failed);

    const [outcome] = await outcomes(dossierId, 1);
    expect(outcome).toMatchObject({
      type: 'vn.gov.social-protection.funeral-support-failed.v1',
      data: {
        dossierId,
        step: 'funeral-support',
        code: 'payout-failed',
        reason:
          'The funeral-expense support of 10,000,000 VND could not be paid: The bank has no account with this number.',
      },
    });
    const corrected = randomUUID();
    await producer.send(TOPICS.socialProtectionCommands, payCommand(corrected, NGUYEN_THI_HOA));
    const [retry] = await payoutRequests(corrected, 1);
    expect(retry.data).toMatchObject({ dossierId: corrected, amount: 10_000_000 });
  });

  it('refuses to start with an invalid seed file, naming every problem', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'beneficiary-seed-'));
    try {
      const file = path.join(dir, 'seed.json');
      writeFileSync(
        file,
        JSON.stringify({
          beneficiaries: [
            { pin: LE_THI_HOA, since: '2999-01-01' },
            { pin: '1', since: '2020-01-01' },
          ],
        }),
      );

      const failure = createTestApp({
        module: AppModule,
        config: SocialProtectionServiceConfig,
        env: {
          DATABASE_URL: service.database.url,
          KAFKA_BROKERS: kafkaBrokers().join(','),
          SOCIAL_PROTECTION_SEED_FILE: file,
        },
      });

      await expect(failure).rejects.toBeInstanceOf(BeneficiarySeedFileError);
      await expect(failure).rejects.toMatchObject({
        problems: [
          { pointer: '/beneficiaries/0/since', reason: 'is in the future' },
          {
            pointer: '/beneficiaries/1/pin',
            reason: 'must be 12 digits with a sex-and-century digit from 0 to 5',
          },
        ],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
