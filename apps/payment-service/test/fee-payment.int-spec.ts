import { randomUUID } from 'node:crypto';
import {
  CollectFeeV1,
  FeePaidV1,
  FeePaymentFailedV1,
  FeePaymentRequestedV1,
  FeeRefundedV1,
  RefundFeeV1,
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
import { signCallback } from '../src/payment/domain/sign-callback.util';
import { derivePaymentId } from '../src/payment/domain/derive-payment-id.util';

const SECRET = 'fee-payment-int-spec-callback-secret';
const PAYER = { pin: '079190000001', email: 'lan@example.vn' };

/** One payment-service on its own database and topic namespace, and dossier-service's producer. */
interface RunningService extends ServiceUnderTest {
  readonly dossierService: EventProducer;
}

async function startPaymentService(
  label: string,
  env: Record<string, string>,
): Promise<RunningService> {
  const service = await startServiceUnderTest({
    label,
    module: AppModule,
    config: PaymentServiceConfig,
    env: {
      PAYMENT_CALLBACK_SECRET: SECRET,
      PAYMENT_EXPIRY_SWEEP_INTERVAL_MS: '200',
      ...env,
    },
    // The sandbox gateway calls the callback endpoint over real HTTP: the app must listen. With
    // PAYMENT_PUBLIC_URL unset it calls its own listening address.
    listen: true,
  });
  return { ...service, dossierService: await connectEventProducer(service.prefix) };
}

async function stopPaymentService(service: RunningService | undefined): Promise<void> {
  if (!service) return;
  await service.dossierService.disconnect();
  await service.stop();
}

/** Sends commands as dossier-service would. */
async function send(service: RunningService, ...events: CloudEvent[]): Promise<void> {
  await service.dossierService.send(TOPICS.paymentCommands, ...events);
}

function command<D extends EventDefinition>(definition: D, data: EventData<D>): CloudEvent {
  const subject = (data as { dossierId: string }).dossierId;
  return newEvent(definition, {
    subject,
    data,
    correlationId: `corr-${subject}`,
    source: 'dossier-service',
  });
}

function collectFee(dossierId: string, amount = 8000): CloudEvent {
  return command(CollectFeeV1, {
    dossierId,
    step: 'fee',
    procedure: 'birth-registration-bundle',
    amount,
    currency: 'VND',
    payer: PAYER,
    description: 'Certified copies of the birth-certificate extract (2)',
  });
}

function refundFee(dossierId: string, paymentId: string): CloudEvent {
  return command(RefundFeeV1, {
    dossierId,
    step: 'fee',
    paymentId,
    reason: 'The dossier was rejected: the birth could not be registered.',
  });
}

/** Events of one type about one dossier, as published on payment.events. */
async function published(
  service: RunningService,
  definition: EventDefinition,
  dossierId: string,
): Promise<CloudEvent[]> {
  const records = await readTopic(`${service.prefix}${TOPICS.paymentEvents}`);
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

/**
 * How many events of a type the service emitted about a dossier: the outbox holds every event a
 * committed transaction produced, published or not, so "exactly one" is checked here.
 */
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

interface PaymentBody {
  id: string;
  status: string;
  amount: number;
  createdAt: string;
  expiresAt: string;
  paidAt: string | null;
  closedAt: string | null;
  refund: { refundId: string; refundedAt: string; reason: string } | null;
}

async function payment(service: RunningService, id: string): Promise<PaymentBody> {
  const response = await request(service.http).get(`/v1/payments/${id}`).expect(200);
  return response.body as PaymentBody;
}

async function untilStatus(service: RunningService, id: string, status: string): Promise<void> {
  await waitFor(async () => (await payment(service, id)).status === status, {
    what: `payment ${id} to be ${status}`,
    timeoutMs: 20000,
  });
}

function callbackBody(
  paymentId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    eventId: randomUUID(),
    paymentId,
    status: 'succeeded',
    amount: 8000,
    currency: 'VND',
    occurredAt: new Date().toISOString(),
    ...overrides,
  };
}

/** POSTs a callback as the given raw bytes, signed as `signature` says. */
function postCallback(service: RunningService, raw: string, signature?: string): request.Test {
  const call = request(service.http)
    .post('/v1/payments/callbacks/sandbox')
    .set('content-type', 'application/json');
  if (signature !== undefined) void call.set('x-lienthong-signature', signature);
  return call.send(raw);
}

function signed(raw: string, secret = SECRET, now = new Date()): string {
  return signCallback({ secret, body: raw, now });
}

describe('fee payments of payment-service, over real Kafka and PostgreSQL', () => {
  describe('with the sandbox confirming payments by itself (the local stack)', () => {
    let service: RunningService | undefined;

    beforeAll(async () => {
      service = await startPaymentService('payment_auto', {
        PAYMENT_SANDBOX_AUTO_CONFIRM: 'true',
        PAYMENT_SANDBOX_CONFIRM_DELAY_MS: '100',
      });
    });

    afterAll(async () => {
      await stopPaymentService(service);
    });

    it('opens the payment, then the sandbox confirms it through the signed callback, and FeePaid follows', async () => {
      const running = service as RunningService;
      const dossierId = randomUUID();
      const paymentId = derivePaymentId({ dossierId, step: 'fee' });

      await send(running, collectFee(dossierId));

      const requested = await untilPublished(running, FeePaymentRequestedV1, dossierId);
      expect(requested.data).toMatchObject({
        dossierId,
        step: 'fee',
        paymentId,
        amount: 8000,
        currency: 'VND',
        provider: 'sandbox',
      });
      expect(requested.correlationid).toBe(`corr-${dossierId}`);
      const paid = await untilPublished(running, FeePaidV1, dossierId);
      expect(paid.data).toEqual({
        dossierId,
        step: 'fee',
        result: { paymentId, amount: 8000, currency: 'VND' },
      });
      expect(paid.correlationid).toBe(`corr-${dossierId}`);
      const body = await payment(running, paymentId);
      expect(body).toMatchObject({ status: 'paid', refund: null });
      expect(body.paidAt).not.toBeNull();
      // It went through the callback endpoint: the delivery and the callback are both recorded.
      const rows = await running.query<{ delivered: boolean; effect: string }>(
        `SELECT c.delivered_at IS NOT NULL AS delivered, p.effect
           FROM sandbox_callback c JOIN payment_callback p ON p.event_id = c.event_id::text
          WHERE c.payment_id = $1`,
        [paymentId],
      );
      expect(rows).toEqual([{ delivered: true, effect: 'mark-paid' }]);
    });
  });

  describe('with the sandbox in manual mode', () => {
    let service: RunningService | undefined;
    let running: RunningService;

    beforeAll(async () => {
      service = await startPaymentService('payment_manual', {});
      running = service;
    });

    afterAll(async () => {
      await stopPaymentService(service);
    });

    /** Sends CollectFee and waits for the payment to be opened; its id. */
    async function openPayment(dossierId: string): Promise<string> {
      await send(running, collectFee(dossierId));
      const requested = await untilPublished(running, FeePaymentRequestedV1, dossierId);
      return (requested.data as { paymentId: string }).paymentId;
    }

    it('opens exactly one payment per dossier step, however often CollectFee is sent', async () => {
      const dossierId = randomUUID();
      const first = collectFee(dossierId);
      // dossier-service re-sending the command (new event ids), and one redelivered as is.
      const resent = [collectFee(dossierId), collectFee(dossierId, 16000)];

      await send(running, first, first, ...resent);
      await running.untilConsumed(first, ...resent);

      const requested = await untilPublished(running, FeePaymentRequestedV1, dossierId);
      expect(await emitted(running, FeePaymentRequestedV1, dossierId)).toBe(1);
      const rows = await running.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM payment WHERE dossier_id = $1`,
        [dossierId],
      );
      expect(rows[0].count).toBe(1);
      const data = requested.data as { paymentId: string; expiresAt: string };
      const body = await payment(running, data.paymentId);
      expect(body).toMatchObject({ status: 'pending', amount: 8000, paidAt: null, refund: null });
      // PAYMENT_EXPIRY_SECONDS defaults to 900.
      expect(Date.parse(body.expiresAt) - Date.parse(body.createdAt)).toBe(900_000);
      expect(body.expiresAt).toBe(data.expiresAt);
    });

    it('rejects the fee step when the sandbox declines the payment', async () => {
      const dossierId = randomUUID();
      const paymentId = await openPayment(dossierId);

      await request(running.http)
        .post(`/v1/sandbox/payments/${paymentId}/decline`)
        .expect(202)
        .expect((response) =>
          expect(response.body).toMatchObject({ paymentId, outcome: 'declined' }),
        );

      const failed = await untilPublished(running, FeePaymentFailedV1, dossierId);
      expect(failed.data).toMatchObject({ dossierId, step: 'fee', code: 'declined' });
      expect((await payment(running, paymentId)).status).toBe('declined');
      // The gateway has settled it: it cannot be paid any more.
      await request(running.http).post(`/v1/sandbox/payments/${paymentId}/confirm`).expect(409);
      expect(await emitted(running, FeePaidV1, dossierId)).toBe(0);
    });

    it('refuses a callback with a bad signature (401) or a wrong amount (422), and nothing changes', async () => {
      const dossierId = randomUUID();
      const paymentId = await openPayment(dossierId);
      const raw = JSON.stringify(callbackBody(paymentId));
      const tampered = raw.replace('"amount":8000', '"amount":8001');
      const stale = new Date(Date.now() - 6 * 60 * 1000);

      for (const [body, signature] of [
        [raw, undefined],
        [raw, 'garbage'],
        [raw, signed(raw, 'not-the-callback-secret-at-all')],
        [raw, signed(raw, SECRET, stale)],
        [tampered, signed(raw)],
      ] as const) {
        const response = await postCallback(running, body, signature).expect(401);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({
          type: 'https://lienthong.gov.vn/problems/invalid-callback-signature',
          status: 401,
        });
      }
      const wrongAmount = JSON.stringify(callbackBody(paymentId, { amount: 4000 }));
      await postCallback(running, wrongAmount, signed(wrongAmount))
        .expect(422)
        .expect((response) =>
          expect(response.body).toMatchObject({
            type: 'https://lienthong.gov.vn/problems/callback-amount-mismatch',
          }),
        );
      const invalid = JSON.stringify({ paymentId: 'nope', status: 'maybe', extra: 1 });
      const validation = await postCallback(running, invalid, signed(invalid)).expect(400);
      expect(
        [
          ...new Set(
            (validation.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer),
          ),
        ].sort(),
      ).toEqual([
        '/amount',
        '/currency',
        '/eventId',
        '/extra',
        '/occurredAt',
        '/paymentId',
        '/status',
      ]);
      const unknown = JSON.stringify(callbackBody(randomUUID()));
      await postCallback(running, unknown, signed(unknown)).expect(404);

      expect((await payment(running, paymentId)).status).toBe('pending');
      const rows = await running.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM payment_callback WHERE payment_id = $1`,
        [paymentId],
      );
      expect(rows[0].count).toBe(0);
      expect(await emitted(running, FeePaidV1, dossierId)).toBe(0);
    });

    it('completes the fee step once, however often the provider repeats its callback, and refunds it once', async () => {
      const dossierId = randomUUID();
      const paymentId = await openPayment(dossierId);

      await request(running.http).post(`/v1/sandbox/payments/${paymentId}/confirm`).expect(202);
      await untilPublished(running, FeePaidV1, dossierId);
      // The gateway delivers its webhook again (same event id), and sends another success.
      const rows = await running.query<{ body: string }>(
        `SELECT body FROM sandbox_callback WHERE payment_id = $1`,
        [paymentId],
      );
      const delivered = rows[0].body;
      const another = JSON.stringify(callbackBody(paymentId));
      for (const raw of [delivered, another]) {
        await postCallback(running, raw, signed(raw))
          .expect(200)
          .expect((response) => expect(response.body).toEqual({ paymentId, status: 'paid' }));
      }
      expect(await emitted(running, FeePaidV1, dossierId)).toBe(1);

      // The dossier is rejected later: dossier-service asks for the refund, twice.
      const refunds = [refundFee(dossierId, paymentId), refundFee(dossierId, paymentId)];
      await send(running, ...refunds);
      await running.untilConsumed(...refunds);

      const refunded = await untilPublished(running, FeeRefundedV1, dossierId);
      expect(await emitted(running, FeeRefundedV1, dossierId)).toBe(1);
      const body = await payment(running, paymentId);
      expect(body.status).toBe('refunded');
      expect(body.refund).toEqual({
        refundId: expect.stringMatching(/^SBX-RF-/) as string,
        refundedAt: expect.any(String) as string,
        reason: 'The dossier was rejected: the birth could not be registered.',
      });
      expect(refunded.data).toEqual({
        dossierId,
        step: 'fee',
        result: { paymentId, refundId: body.refund?.refundId, amount: 8000, currency: 'VND' },
      });
    });

    it('expires an unpaid payment, and refunds at once a payment that arrives after', async () => {
      const dossierId = randomUUID();
      const paymentId = await openPayment(dossierId);
      // Its expiry passes (instead of waiting PAYMENT_EXPIRY_SECONDS: the sweeper only reads it).
      await running.query(
        `UPDATE payment SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [paymentId],
      );

      const failed = await untilPublished(running, FeePaymentFailedV1, dossierId);
      expect(failed.data).toMatchObject({ dossierId, step: 'fee', code: 'expired' });
      expect((await payment(running, paymentId)).status).toBe('expired');

      // The citizen pays anyway, at the gateway.
      await request(running.http).post(`/v1/sandbox/payments/${paymentId}/confirm`).expect(202);
      await untilStatus(running, paymentId, 'refunded');
      const body = await payment(running, paymentId);
      expect(body.paidAt).not.toBeNull();
      expect(body.refund?.reason).toMatch(/after it had expired/);
      expect(await emitted(running, FeePaidV1, dossierId)).toBe(0);
      expect(await emitted(running, FeePaymentFailedV1, dossierId)).toBe(1);
    });

    it('dead-letters a refund of a payment it never opened: a bug, not a business refusal', async () => {
      const dossierId = randomUUID();
      const refund = refundFee(dossierId, randomUUID());

      await send(running, refund);

      let letter: Record<string, unknown> | undefined;
      await waitFor(
        async () => {
          const response = await request(running.http).get('/v1/dead-letters');
          const items = (response.body as { items?: Record<string, unknown>[] }).items ?? [];
          letter = items.find((item) => item.eventId === refund.id);
          return letter !== undefined;
        },
        { what: 'the refund to be dead-lettered', timeoutMs: 30000 },
      );
      // At once (one attempt): retrying cannot make an unknown payment known.
      expect(letter).toMatchObject({
        eventType: RefundFeeV1.type,
        reason: 'handler-failed',
        attempts: 1,
      });
      expect(await emitted(running, FeeRefundedV1, dossierId)).toBe(0);
    });

    it('answers 404 for an unknown payment and 400 naming the parameter for a malformed id', async () => {
      await request(running.http)
        .get(`/v1/payments/${randomUUID()}`)
        .expect(404)
        .expect((response) =>
          expect(response.body).toMatchObject({
            type: 'https://lienthong.gov.vn/problems/payment-not-found',
          }),
        );
      await request(running.http)
        .get('/v1/payments/not-a-uuid')
        .expect(400)
        .expect((response) =>
          expect(response.body).toMatchObject({
            type: 'https://lienthong.gov.vn/problems/validation-error',
            errors: [{ parameter: 'id', detail: 'id must be a UUID' }],
          }),
        );
    });
  });
});
