import { randomUUID } from 'node:crypto';
import {
  BenefitPaidV1,
  BenefitPayoutFailedV1,
  CollectFeeV1,
  PayBenefitV1,
  TOPICS,
  type CloudEvent,
  type EventData,
  type EventDefinition,
} from '@lienthong/contracts';
import { newEvent } from '@lienthong/messaging';
import {
  connectEventProducer,
  readTopic,
  startServiceUnderTest,
  type EventProducer,
  type ServiceUnderTest,
  waitFor,
} from '@lienthong/testing';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { PaymentServiceConfig } from '../src/config/payment-service.config';
import { derivePaymentId } from '../src/payment/domain/derive-payment-id.util';
import { signCallback } from '../src/payment/domain/sign-callback.util';
import { derivePayoutId } from '../src/payout/domain/derive-payout-id.util';
import { PAYOUT_FAILURE_REASONS } from '../src/payout/domain/payout-status';

const SECRET = 'benefit-payout-int-spec-callback-secret';
const STEP = 'funeral-allowance';
const AMOUNT = 23_400_000;
const PAYEE = {
  pin: '079190000001',
  fullName: 'Nguyen Thi Lan',
  bankAccount: {
    bankCode: '970436',
    accountNumber: '0071000123456',
    accountName: 'NGUYEN THI LAN',
  },
};
/** The sandbox's rule: an account number ending in 0000 does not exist. */
const UNKNOWN_ACCOUNT = { ...PAYEE.bankAccount, accountNumber: '0071000120000' };

/** One payment-service on its own database and topic namespace, and an agency's producer. */
interface RunningService extends ServiceUnderTest {
  readonly agency: EventProducer;
  readonly logLines: string[];
}

async function startPaymentService(
  label: string,
  env: Record<string, string>,
): Promise<RunningService> {
  const logLines: string[] = [];
  const service = await startServiceUnderTest({
    label,
    module: AppModule,
    config: PaymentServiceConfig,
    // Fees are paid by hand, as in the lead's end-to-end tests; payouts as each describe says.
    env: { PAYMENT_CALLBACK_SECRET: SECRET, PAYMENT_SANDBOX_AUTO_CONFIRM: 'false', ...env },
    logDestination: { write: (line: string) => logLines.push(line) },
    // The sandbox gateway calls the callback endpoint over real HTTP: the app must listen.
    listen: true,
  });
  return { ...service, agency: await connectEventProducer(service.prefix), logLines };
}

async function stopPaymentService(service: RunningService | undefined): Promise<void> {
  if (!service) return;
  await service.agency.disconnect();
  await service.stop();
}

function command<D extends EventDefinition>(definition: D, data: EventData<D>): CloudEvent {
  const subject = (data as { dossierId: string }).dossierId;
  return newEvent(definition, {
    subject,
    data,
    correlationId: `corr-${subject}`,
    source: 'social-insurance-service',
  });
}

function payBenefit(
  dossierId: string,
  { amount = AMOUNT, bankAccount = PAYEE.bankAccount } = {},
): CloudEvent {
  return command(PayBenefitV1, {
    dossierId,
    step: STEP,
    agency: 'social-insurance-service',
    benefit: 'funeral-allowance',
    amount,
    currency: 'VND',
    payee: { ...PAYEE, bankAccount },
    description: 'Funeral allowance',
  });
}

/** Events of one type about one dossier, as published on payment.payout-results. */
async function published(
  service: RunningService,
  definition: EventDefinition,
  dossierId: string,
): Promise<CloudEvent[]> {
  const records = await readTopic(`${service.prefix}${TOPICS.paymentPayoutResults}`);
  return records
    .filter((record) => record.key === dossierId)
    .map((record) => JSON.parse(record.value ?? '{}') as CloudEvent)
    .filter((event) => event.type === definition.type);
}

async function untilPublished(
  service: RunningService,
  definition: EventDefinition,
  dossierId: string,
): Promise<CloudEvent> {
  let found: CloudEvent | undefined;
  await waitFor(
    async () => {
      found = (await published(service, definition, dossierId))[0];
      return found !== undefined;
    },
    { what: `${definition.type} for dossier ${dossierId}`, timeoutMs: 20000, intervalMs: 250 },
  );
  return found as CloudEvent;
}

/** How many events of a type the service emitted about a dossier (the outbox keeps them all). */
async function emitted(
  service: RunningService,
  definition: EventDefinition,
  dossierId: string,
): Promise<number> {
  const [{ count }] = await service.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM outbox_message WHERE event_type = $1 AND message_key = $2`,
    [definition.type, dossierId],
  );
  return count;
}

interface PayoutBody {
  id: string;
  kind: string;
  status: string;
  payee: { bankCode: string; accountNumber: string };
  failure: { code: string; reason: string } | null;
}

async function payout(service: RunningService, id: string): Promise<PayoutBody> {
  const response = await request(service.http).get(`/v1/payments/${id}`).expect(200);
  return response.body as PayoutBody;
}

/** Rows in any table of the service's database whose text holds `needle`. */
async function rowsHolding(service: RunningService, needle: string): Promise<string[]> {
  const tables = await service.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const holding: string[] = [];
  for (const { name } of tables) {
    const [{ count }] = await service.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "${name}" t WHERE row_to_json(t)::text LIKE $1`,
      [`%${needle}%`],
    );
    if (count > 0) holding.push(name);
  }
  return holding;
}

function postCallback(service: RunningService, raw: string, signature: string): request.Test {
  return request(service.http)
    .post('/v1/payments/callbacks/sandbox')
    .set('content-type', 'application/json')
    .set('x-lienthong-signature', signature)
    .send(raw);
}

describe('benefit payouts of payment-service, over real Kafka and PostgreSQL', () => {
  describe('with the sandbox settling payouts by itself (the default, and the e2e set-up)', () => {
    let service: RunningService | undefined;

    beforeAll(async () => {
      service = await startPaymentService('payout_auto', {
        PAYMENT_SANDBOX_CONFIRM_DELAY_MS: '100',
        LOG_LEVEL: 'info',
      });
    });

    afterAll(async () => {
      await stopPaymentService(service);
    });

    it('pays once and answers one BenefitPaid, however often PayBenefit is sent, and shows the payout with its account masked', async () => {
      const running = service as RunningService;
      const dossierId = randomUUID();
      const paymentId = derivePayoutId({ dossierId, step: STEP });
      const first = payBenefit(dossierId);
      // The agency re-sending the command (new event ids), and one redelivered as is.
      const resent = [payBenefit(dossierId), payBenefit(dossierId, { amount: 10_000_000 })];
      // A fee of the same dossier: fees wait for a hand (PAYMENT_SANDBOX_AUTO_CONFIRM=false).
      const fee = command(CollectFeeV1, {
        dossierId,
        step: 'fee',
        procedure: 'death-registration-bundle',
        amount: 8000,
        currency: 'VND',
        payer: { pin: PAYEE.pin },
        description: 'Certified copies of the death extract (2)',
      });

      await running.agency.send(TOPICS.paymentCommands, first, first, ...resent, fee);
      await running.untilConsumed(first, ...resent, fee);

      const paid = await untilPublished(running, BenefitPaidV1, dossierId);
      expect(paid.data).toEqual({
        dossierId,
        step: STEP,
        paymentId,
        amount: AMOUNT,
        currency: 'VND',
      });
      expect(paid.correlationid).toBe(`corr-${dossierId}`);
      expect(paid.source).toBe('/lienthong/payment-service');
      expect(await emitted(running, BenefitPaidV1, dossierId)).toBe(1);
      const counts = await running.query<{ payouts: number; submitted: number; callbacks: number }>(
        `SELECT (SELECT count(*)::int FROM payout WHERE dossier_id = $1) AS payouts,
                (SELECT count(*)::int FROM sandbox_payout WHERE id = $2) AS submitted,
                (SELECT count(*)::int FROM payout_callback WHERE payout_id = $2) AS callbacks`,
        [dossierId, paymentId],
      );
      expect(counts).toEqual([{ payouts: 1, submitted: 1, callbacks: 1 }]);

      const response = await request(running.http).get(`/v1/payments/${paymentId}`).expect(200);
      expect(response.body).toMatchObject({
        id: paymentId,
        kind: 'payout',
        dossierId,
        step: STEP,
        agency: 'social-insurance-service',
        benefit: 'funeral-allowance',
        amount: AMOUNT,
        currency: 'VND',
        status: 'paid',
        provider: 'sandbox',
        payee: { bankCode: '970436', accountNumber: '*********3456' },
        failure: null,
      });
      expect((response.body as { paidAt: string | null }).paidAt).not.toBeNull();
      // The full account, the payee's name and PIN: sent to the provider, kept and logged nowhere.
      for (const secret of [PAYEE.bankAccount.accountNumber, PAYEE.fullName, PAYEE.pin]) {
        expect(JSON.stringify(response.body)).not.toContain(secret);
        expect(await rowsHolding(running, secret)).toEqual([]);
        expect(running.logLines.join('')).not.toContain(secret);
      }
      expect(running.logLines.join('')).toContain(paymentId);
      // The fee of the same dossier is still waiting for its confirmation.
      const feeBody = await request(running.http)
        .get(`/v1/payments/${derivePaymentId({ dossierId, step: 'fee' })}`)
        .expect(200);
      expect(feeBody.body).toMatchObject({ kind: 'fee', status: 'pending' });
    });
  });

  describe('with payouts settled by hand (PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS=false)', () => {
    let service: RunningService | undefined;
    let running: RunningService;

    beforeAll(async () => {
      service = await startPaymentService('payout_manual', {
        PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS: 'false',
      });
      running = service;
    });

    afterAll(async () => {
      await stopPaymentService(service);
    });

    /** Sends PayBenefit and waits until it was taken in; the payout's id. */
    async function submitPayout(
      dossierId: string,
      bankAccount = PAYEE.bankAccount,
    ): Promise<string> {
      const pay = payBenefit(dossierId, { bankAccount });
      await running.agency.send(TOPICS.paymentCommands, pay);
      await running.untilConsumed(pay);
      return derivePayoutId({ dossierId, step: STEP });
    }

    it('fails a payout to an account ending in 0000 as invalid-account, with no hand needed', async () => {
      const dossierId = randomUUID();
      const paymentId = await submitPayout(dossierId, UNKNOWN_ACCOUNT);

      const failed = await untilPublished(running, BenefitPayoutFailedV1, dossierId);
      expect(failed.data).toEqual({
        dossierId,
        step: STEP,
        paymentId,
        code: 'invalid-account',
        reason: PAYOUT_FAILURE_REASONS['invalid-account'],
      });
      expect(await payout(running, paymentId)).toMatchObject({
        status: 'failed',
        payee: { accountNumber: '*********0000' },
        failure: { code: 'invalid-account', reason: PAYOUT_FAILURE_REASONS['invalid-account'] },
      });
      // The sandbox has settled it: it can no longer be made.
      await request(running.http)
        .post(`/v1/sandbox/payouts/${paymentId}/confirm`)
        .expect(409)
        .expect((response) =>
          expect(response.body).toMatchObject({
            type: 'https://lienthong.gov.vn/problems/sandbox-payout-not-open',
          }),
        );
      expect(await emitted(running, BenefitPaidV1, dossierId)).toBe(0);
    });

    it('fails the payout as refused-by-bank when the bank declines it, and answers it once', async () => {
      const dossierId = randomUUID();
      const paymentId = await submitPayout(dossierId);
      expect((await payout(running, paymentId)).status).toBe('pending');

      await request(running.http)
        .post(`/v1/sandbox/payouts/${paymentId}/decline`)
        .expect(202)
        .expect((response) =>
          expect(response.body).toMatchObject({
            paymentId,
            outcome: 'declined',
            failureCode: 'refused-by-bank',
          }),
        );

      const failed = await untilPublished(running, BenefitPayoutFailedV1, dossierId);
      expect(failed.data).toMatchObject({ paymentId, code: 'refused-by-bank' });
      expect(await payout(running, paymentId)).toMatchObject({
        status: 'failed',
        failure: { code: 'refused-by-bank' },
      });
      await request(running.http).post(`/v1/sandbox/payouts/${paymentId}/decline`).expect(409);
      await request(running.http).post(`/v1/sandbox/payouts/${randomUUID()}/confirm`).expect(404);
      expect(await emitted(running, BenefitPayoutFailedV1, dossierId)).toBe(1);
      expect(await emitted(running, BenefitPaidV1, dossierId)).toBe(0);
    });

    it('refuses a payout callback with a bad signature (401) or a wrong amount (422), and nothing changes', async () => {
      const dossierId = randomUUID();
      const paymentId = await submitPayout(dossierId);
      const body = {
        eventId: randomUUID(),
        paymentId,
        status: 'succeeded',
        amount: AMOUNT,
        currency: 'VND',
        occurredAt: new Date().toISOString(),
      };
      const raw = JSON.stringify(body);
      const tampered = raw.replace(`"amount":${AMOUNT}`, '"amount":1');

      for (const [sent, signature] of [
        [
          raw,
          signCallback({ secret: 'not-the-callback-secret-at-all', body: raw, now: new Date() }),
        ],
        [tampered, signCallback({ secret: SECRET, body: raw, now: new Date() })],
      ] as const) {
        await postCallback(running, sent, signature)
          .expect(401)
          .expect((response) =>
            expect(response.body).toMatchObject({
              type: 'https://lienthong.gov.vn/problems/invalid-callback-signature',
            }),
          );
      }
      const wrongAmount = JSON.stringify({ ...body, amount: 1 });
      await postCallback(
        running,
        wrongAmount,
        signCallback({ secret: SECRET, body: wrongAmount, now: new Date() }),
      ).expect(422);

      expect((await payout(running, paymentId)).status).toBe('pending');
      const [{ count }] = await running.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM payout_callback WHERE payout_id = $1`,
        [paymentId],
      );
      expect(count).toBe(0);
      expect(await emitted(running, BenefitPaidV1, dossierId)).toBe(0);

      // The same callback, rightly signed, pays it; delivered again, it changes nothing.
      for (let delivery = 0; delivery < 2; delivery += 1) {
        await postCallback(
          running,
          raw,
          signCallback({ secret: SECRET, body: raw, now: new Date() }),
        )
          .expect(200)
          .expect((response) => expect(response.body).toEqual({ paymentId, status: 'paid' }));
      }
      expect(await emitted(running, BenefitPaidV1, dossierId)).toBe(1);
    });
  });
});
