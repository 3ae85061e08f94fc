import {
  DeathRegisteredV1,
  FuneralAllowancePaidV1,
  FuneralSupportNotApplicableV1,
  PermanentResidenceDeletedV1,
  BirthRegisteredV1,
  BirthRegistrationRejectedV1,
  ChildHealthInsuranceCardNotApplicableV1,
  DossierStatusChangedV1,
  type EventDefinition,
  type EventData,
  FeePaidV1,
  FeeRefundedV1,
  PermanentResidenceRegisteredV1,
  TOPICS,
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
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { DossierServiceConfig } from '../src/config/dossier-service.config';

/** The example dossier; `overrides` replace parts of `data`. */
function birthDossier(data: Record<string, unknown> = {}, certifiedCopies = 2) {
  return {
    procedure: 'birth-registration-bundle',
    channel: 'online',
    applicant: {
      pin: '079190000001',
      fullName: 'Nguyen Thi Lan',
      relationship: 'mother',
      email: 'lan@example.vn',
      phone: '0901234567',
    },
    data: {
      child: {
        fullName: 'Tran Minh An',
        sex: 'male',
        dateOfBirth: '2026-11-02',
        placeOfBirth: 'Tu Du Hospital, Ho Chi Minh City',
      },
      motherPin: '079190000001',
      fatherPin: '079088000002',
      medicalBirthCertificateNo: 'TD-2026-118734',
      registrationAuthority: { provinceCode: '079', communeCode: '26734' },
      residence: { withParent: 'mother' },
      certifiedCopies,
      ...data,
    },
  };
}

/** The issue 5 example: Lan files the death of her father. */
function deathDossier(applicant: Record<string, unknown> = {}) {
  return {
    procedure: 'death-registration-bundle',
    channel: 'online',
    applicant: {
      pin: '079190000001',
      fullName: 'Nguyen Thi Lan',
      relationship: 'child',
      email: 'lan@example.vn',
      phone: '0901234567',
      bankAccount: {
        bankCode: '970436',
        accountNumber: '0071000123456',
        accountName: 'NGUYEN THI LAN',
      },
      ...applicant,
    },
    data: {
      deceasedPin: '079055000003',
      dateOfDeath: '2026-11-20',
      placeOfDeath: 'Cho Ray Hospital, Ho Chi Minh City',
      medicalDeathCertificateNo: 'CR-2026-044120',
    },
  };
}

interface StepBody {
  key: string;
  status: string;
  result?: Record<string, unknown>;
  reason?: string;
  needs: string[];
  deadline: string;
  compensation?: { status: string };
}
interface DossierBody {
  id: string;
  status: string;
  steps: StepBody[];
  timeline: { kind: string; step?: string; to: string }[];
}

describe('dossier-service: intake and orchestration over real Kafka and PostgreSQL', () => {
  let service: ServiceUnderTest;
  /** Plays the agencies. */
  let agencies: EventProducer;

  beforeAll(async () => {
    service = await startServiceUnderTest({
      label: 'dossier-intake',
      module: AppModule,
      config: DossierServiceConfig,
    });
    agencies = await connectEventProducer(service.prefix);
  });

  afterAll(async () => {
    await agencies?.disconnect();
    await service?.stop();
  });

  const submit = (body: unknown, key: string = randomUUID()) =>
    request(service.http)
      .post('/v1/dossiers')
      .set('Idempotency-Key', key)
      .send(body as object);

  const dossier = async (id: string): Promise<DossierBody> =>
    (await request(service.http).get(`/v1/dossiers/${id}`).expect(200)).body as DossierBody;

  /** Plays an agency: answers a step with an outcome event on its topic. */
  async function answer<D extends EventDefinition>(definition: D, data: EventData<D>) {
    const dossierId = (data as { dossierId: string }).dossierId;
    const event = newEvent(definition, {
      subject: dossierId,
      data,
      correlationId: randomUUID(),
      source: 'agency-double',
    });
    await agencies.send(definition.topic, event);
  }

  async function commandsFor(topic: string, dossierId: string) {
    const records = await readTopic(`${service.prefix}${topic}`);
    return records
      .filter((record) => record.key === dossierId)
      .map(
        (record) =>
          JSON.parse(record.value ?? '{}') as { type: string; data: Record<string, unknown> },
      );
  }

  async function untilStep(id: string, key: string, status: string) {
    await waitFor(
      async () => (await dossier(id)).steps.find((step) => step.key === key)?.status === status,
      { what: `step ${key} of ${id} to be ${status}` },
    );
  }

  describe('intake', () => {
    it('accepts the issue example with 202, a Location, status submitted and its steps', async () => {
      const response = await submit(birthDossier()).expect(202);
      const body = response.body as DossierBody & { fee: { amount: number } };
      expect(response.headers['location']).toBe(`/v1/dossiers/${body.id}`);
      expect(body.status).toBe('submitted');
      // 2 copies x 8,000 VND, halved online.
      expect(body.fee.amount).toBe(8000);
      expect(body.steps.map((step) => [step.key, step.status, step.needs])).toEqual([
        ['fee', 'dispatched', []],
        ['birth', 'pending', ['fee']],
        ['residence', 'pending', ['birth']],
        ['insurance', 'pending', ['birth']],
      ]);
      expect(body.steps[0].deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('has no fee step when no certified copy is asked for', async () => {
      const body = (await submit(birthDossier({}, 0)).expect(202)).body as DossierBody;
      expect(body.steps.map((step) => step.key)).toEqual(['birth', 'residence', 'insurance']);
      expect(body.steps[0]).toMatchObject({ status: 'dispatched', needs: [] });
    });

    it('returns the same dossier for the same Idempotency-Key and body, and refuses another body', async () => {
      const key = randomUUID();
      const first = (await submit(birthDossier(), key).expect(202)).body as DossierBody;
      const again = (await submit(birthDossier(), key).expect(202)).body as DossierBody;
      expect(again.id).toBe(first.id);
      const other = await submit(birthDossier({}, 3), key).expect(422);
      expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
      const list = (await request(service.http).get('/v1/dossiers?limit=100').expect(200)).body as {
        items: { id: string }[];
      };
      expect(list.items.filter((item) => item.id === first.id)).toHaveLength(1);
    });

    it('lists every bad field with a JSON Pointer, envelope and form alike', async () => {
      const bad = birthDossier({ motherPin: '12345', child: { fullName: 'A', sex: 'x' } });
      const response = await submit({ ...bad, extra: true }).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(
        (response.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer),
      ).toEqual(expect.arrayContaining(['/extra']));
      const form = await submit(bad).expect(400);
      const pointers = (form.body as { errors: { pointer: string }[] }).errors.map(
        (e) => e.pointer,
      );
      expect(pointers).toEqual(
        expect.arrayContaining([
          '/data/motherPin',
          '/data/child/sex',
          '/data/child/dateOfBirth',
          '/data/child/placeOfBirth',
        ]),
      );
    });

    it('refuses a date of birth in the future, an impossible date and an unknown procedure', async () => {
      const future = await submit(
        birthDossier({ child: { ...birthDossier().data.child, dateOfBirth: '2999-01-01' } }),
      ).expect(400);
      const futureErrors = (future.body as { errors: { pointer: string; detail: string }[] })
        .errors;
      expect(futureErrors).toEqual([
        { pointer: '/data/child/dateOfBirth', detail: 'must not be in the future (Vietnam time)' },
      ]);
      const impossible = await submit(
        birthDossier({ child: { ...birthDossier().data.child, dateOfBirth: '2026-02-30' } }),
      ).expect(400);
      expect(impossible.body).toMatchObject({ errors: [{ pointer: '/data/child/dateOfBirth' }] });
      const unknown = await submit({ ...birthDossier(), procedure: 'marriage' }).expect(400);
      expect(unknown.body).toMatchObject({ errors: [{ pointer: '/procedure' }] });
    });

    it('requires the Idempotency-Key, JSON and a reasonable body', async () => {
      const missing = await request(service.http)
        .post('/v1/dossiers')
        .send(birthDossier())
        .expect(400);
      expect(missing.body).toMatchObject({ errors: [{ parameter: 'Idempotency-Key' }] });
      await request(service.http)
        .post('/v1/dossiers')
        .set('Idempotency-Key', randomUUID())
        .set('Content-Type', 'application/json')
        .send('{"procedure": ')
        .expect(400);
      await request(service.http)
        .post('/v1/dossiers')
        .set('Idempotency-Key', randomUUID())
        .set('Content-Type', 'text/plain')
        .send('hello')
        .expect(415);
      await submit({ ...birthDossier(), padding: 'x'.repeat(2_000_000) }).expect(413);
    });

    it('answers 404 for an unknown dossier and 400 for a malformed id or cursor', async () => {
      await request(service.http).get(`/v1/dossiers/${randomUUID()}`).expect(404);
      const malformed = await request(service.http).get('/v1/dossiers/not-a-uuid').expect(400);
      expect(malformed.body).toMatchObject({ errors: [{ parameter: 'id' }] });
      await request(service.http).get('/v1/dossiers?cursor=nonsense').expect(400);
      await request(service.http).get('/v1/dossiers?status=lost').expect(400);
    });

    it('pages through dossiers with a cursor, newest first, filtered by status', async () => {
      const first = (
        await request(service.http).get('/v1/dossiers?limit=2&status=submitted').expect(200)
      ).body as { items: { id: string; status: string }[]; nextCursor?: string };
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).toBeDefined();
      const second = (
        await request(service.http)
          .get(`/v1/dossiers?limit=2&status=submitted&cursor=${first.nextCursor ?? ''}`)
          .expect(200)
      ).body as { items: { id: string; status: string }[] };
      const ids = [...first.items, ...second.items].map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...first.items, ...second.items].every((item) => item.status === 'submitted')).toBe(
        true,
      );
    });
  });

  describe('orchestration', () => {
    it('runs fee, then birth, then residence and insurance in parallel, to completed', async () => {
      const { id } = (await submit(birthDossier()).expect(202)).body as DossierBody;
      let collect: { type: string; data: Record<string, unknown> } | undefined;
      await waitFor(
        async () => {
          [collect] = await commandsFor(TOPICS.paymentCommands, id);
          return collect !== undefined;
        },
        { what: 'the collect-fee command' },
      );
      expect(collect).toMatchObject({
        type: 'vn.gov.payment.collect-fee.v1',
        data: { dossierId: id, step: 'fee', amount: 8000, currency: 'VND' },
      });
      const paymentId = randomUUID();
      await answer(FeePaidV1, {
        dossierId: id,
        step: 'fee',
        result: { paymentId, amount: 8000, currency: 'VND' },
      });
      await untilStep(id, 'birth', 'dispatched');
      let register: { data: Record<string, unknown> } | undefined;
      await waitFor(
        async () => {
          [register] = await commandsFor(TOPICS.civilStatusCommands, id);
          return register !== undefined;
        },
        { what: 'the register-birth command' },
      );
      expect(register?.data).toMatchObject({
        motherPin: '079190000001',
        fatherPin: '079088000002',
        applicantPin: '079190000001',
      });
      await answer(BirthRegisteredV1, {
        dossierId: id,
        step: 'birth',
        result: { registrationNumber: 'KS-26734-2026-000001', pin: '079226000123' },
      });
      await untilStep(id, 'insurance', 'dispatched');
      let residence: { data: Record<string, unknown> } | undefined;
      await waitFor(
        async () => {
          [residence] = await commandsFor(TOPICS.residenceCommands, id);
          return residence !== undefined;
        },
        { what: 'the register-permanent-residence command' },
      );
      expect(residence?.data).toMatchObject({ pin: '079226000123', withParent: 'mother' });
      await answer(PermanentResidenceRegisteredV1, {
        dossierId: id,
        step: 'residence',
        result: { confirmationNumber: 'TT-079-2026-000001' },
      });
      await answer(ChildHealthInsuranceCardNotApplicableV1, {
        dossierId: id,
        step: 'insurance',
        code: 'child-too-old',
        reason: 'The child is 6 or older.',
      });
      await waitFor(async () => (await dossier(id)).status === 'completed', {
        what: 'the dossier to complete',
      });
      const done = await dossier(id);
      expect(done.steps.find((step) => step.key === 'birth')?.result).toEqual({
        registrationNumber: 'KS-26734-2026-000001',
        pin: '079226000123',
      });
      expect(done.steps.find((step) => step.key === 'insurance')).toMatchObject({
        status: 'not_applicable',
        reason: 'The child is 6 or older.',
      });
      expect(
        done.timeline.filter((line) => line.kind === 'dossier').map((line) => line.to),
      ).toEqual(['submitted', 'in_progress', 'completed']);

      // The public stream: ids, statuses and step keys, no personal data.
      const changes = (await readTopic(`${service.prefix}${TOPICS.dossierStatusChanged}`))
        .filter((record) => record.key === id)
        .map(
          (record) =>
            JSON.parse(record.value ?? '{}') as {
              type: string;
              data: EventData<typeof DossierStatusChangedV1>;
            },
        );
      expect(changes.map((change) => change.data.status)).toEqual([
        'submitted',
        'in_progress',
        'completed',
      ]);
      const serialized = JSON.stringify(changes);
      expect(serialized).not.toContain('079190000001');
      expect(serialized).not.toContain('Nguyen');
    });

    it('ignores a repeated outcome, and refunds the paid fee when the birth is rejected', async () => {
      const { id } = (await submit(birthDossier()).expect(202)).body as DossierBody;
      const paymentId = randomUUID();
      const paid = {
        dossierId: id,
        step: 'fee',
        result: { paymentId, amount: 8000, currency: 'VND' as const },
      };
      await answer(FeePaidV1, paid);
      await answer(FeePaidV1, paid);
      await untilStep(id, 'birth', 'dispatched');
      await answer(BirthRegistrationRejectedV1, {
        dossierId: id,
        step: 'birth',
        code: 'already-registered',
        reason: 'This child is already registered under number KS-26734-2026-000001.',
      });
      await waitFor(async () => (await dossier(id)).status === 'rejected', {
        what: 'the dossier to be rejected',
      });
      let refunds: { type: string; data: Record<string, unknown> }[] = [];
      await waitFor(
        async () => {
          refunds = await commandsFor(TOPICS.paymentCommands, id);
          return refunds.length >= 2;
        },
        { what: 'the refund-fee command' },
      );
      expect(refunds.map((command) => command.type)).toEqual([
        'vn.gov.payment.collect-fee.v1',
        'vn.gov.payment.refund-fee.v1',
      ]);
      expect(refunds[1].data).toMatchObject({ paymentId, step: 'fee' });
      await answer(FeeRefundedV1, {
        dossierId: id,
        step: 'fee',
        result: { paymentId, refundId: 'sandbox-refund-1', amount: 8000, currency: 'VND' },
      });
      await waitFor(
        async () =>
          (await dossier(id)).steps.find((step) => step.key === 'fee')?.compensation?.status ===
          'completed',
        { what: 'the refund to be recorded' },
      );
      const rejected = await dossier(id);
      expect(rejected.steps.map((step) => step.status)).toEqual([
        'completed',
        'rejected',
        'skipped',
        'skipped',
      ]);
      expect(
        rejected.timeline.filter((line) => line.kind === 'compensation').map((l) => l.to),
      ).toEqual(['requested', 'completed']);
      expect(
        rejected.timeline.filter((line) => line.step === 'birth' && line.to === 'dispatched'),
      ).toHaveLength(1);
    });
  });

  describe('the procedure catalogue', () => {
    it('publishes every group with its steps, agencies, deadlines, fee and form schema', async () => {
      const list = (await request(service.http).get('/v1/procedures').expect(200)).body as {
        items: { code: string }[];
      };
      expect(list.items.map((item) => item.code)).toEqual([
        'birth-registration-bundle',
        'death-registration-bundle',
      ]);
      const death = (
        await request(service.http).get('/v1/procedures/death-registration-bundle').expect(200)
      ).body as {
        steps: { key: string; agency: string; needs: string[]; deadlineWorkingDays: number }[];
        fee: unknown;
        form: { properties: Record<string, unknown> };
        legalBasis: string[];
      };
      expect(death.steps.map((step) => [step.key, step.agency, step.needs])).toEqual([
        ['death', 'civil-status-service', []],
        ['residence-deletion', 'residence-service', ['death']],
        ['funeral-allowance', 'social-insurance-service', ['death']],
        ['funeral-support', 'social-protection-service', ['funeral-allowance']],
      ]);
      expect(death.fee).toBeNull();
      expect(Object.keys(death.form.properties)).toContain('deceasedPin');
      expect(death.legalBasis.length).toBeGreaterThan(0);
      const birth = (
        await request(service.http).get('/v1/procedures/birth-registration-bundle').expect(200)
      ).body as { fee: { rules: { unitAmount: number; onlineReductionPercent: number }[] } };
      expect(birth.fee.rules[0]).toMatchObject({ unitAmount: 8000, onlineReductionPercent: 50 });
      await request(service.http).get('/v1/procedures/marriage').expect(404);
      await request(service.http).get('/v1/procedures/NOT%20A%20CODE').expect(400);
    });
  });

  describe('the death group', () => {
    it('requires a bank account and validates the form against its schema', async () => {
      for (const notAnAccount of [null, [], 'x']) {
        const refused = await submit(deathDossier({ bankAccount: notAnAccount })).expect(400);
        expect((refused.body as { errors: { pointer: string }[] }).errors[0].pointer).toMatch(
          /^\/applicant\/bankAccount/,
        );
      }
      const noAccount = await submit(deathDossier({ bankAccount: undefined })).expect(400);
      expect(
        (noAccount.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer),
      ).toEqual(['/applicant/bankAccount']);
      const bad = await submit({
        ...deathDossier(),
        data: { ...deathDossier().data, dateOfDeath: '2999-01-01', deceasedPin: '1' },
      }).expect(400);
      expect(
        (bad.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer).sort(),
      ).toEqual(['/data/dateOfDeath', '/data/deceasedPin']);
    });

    it('runs death, then deletion and allowance, then support with the allowance paid', async () => {
      const { id } = (await submit(deathDossier()).expect(202)).body as DossierBody;
      await answer(DeathRegisteredV1, {
        dossierId: id,
        step: 'death',
        result: { registrationNumber: 'KT-2026-000001' },
      });
      await untilStep(id, 'funeral-allowance', 'dispatched');
      const paymentId = randomUUID();
      await answer(PermanentResidenceDeletedV1, {
        dossierId: id,
        step: 'residence-deletion',
        result: { confirmationNumber: 'XT-079-2026-000001' },
      });
      await answer(FuneralAllowancePaidV1, {
        dossierId: id,
        step: 'funeral-allowance',
        result: { amount: 23_400_000, currency: 'VND', paymentId },
      });
      await untilStep(id, 'funeral-support', 'dispatched');
      let support: { type: string; data: Record<string, unknown> } | undefined;
      await waitFor(
        async () => {
          [support] = await commandsFor(TOPICS.socialProtectionCommands, id);
          return support !== undefined;
        },
        { what: 'the pay-funeral-support command' },
      );
      expect(support?.data).toMatchObject({
        deceasedPin: '079055000003',
        otherFuneralBenefitPaid: { amount: 23_400_000 },
        payee: { pin: '079190000001', bankAccount: { bankCode: '970436' } },
      });
      await answer(FuneralSupportNotApplicableV1, {
        dossierId: id,
        step: 'funeral-support',
        code: 'higher-benefit-paid',
        reason: 'A funeral allowance at least as large was paid.',
      });
      await waitFor(async () => (await dossier(id)).status === 'completed', { what: 'completion' });
    });
  });
});
