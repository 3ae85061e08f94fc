import { IssueChildHealthInsuranceCardV1, TOPICS, type CloudEvent } from '@lienthong/contracts';
import { newEvent } from '@lienthong/messaging';
import { vietnamDate } from '@lienthong/platform';
import {
  connectEventProducer,
  readTopic,
  startServiceUnderTest,
  waitFor,
  type EventProducer,
  type ServiceUnderTest,
} from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { SocialInsuranceServiceConfig } from '../src/config/social-insurance-service.config';

/** A boy's PIN: province, sex and century digit (2: male, 2000s), year of birth, six digits. */
function childPin(province: string, birthYear: number, serial: string): string {
  return `${province}2${String(birthYear % 100).padStart(2, '0')}${serial}`;
}

interface Outcome {
  readonly id: string;
  readonly type: string;
  readonly causationid?: string;
  readonly data: { result?: Record<string, unknown>; code?: string; reason?: string };
}

describe('the health-insurance cards of social-insurance-service', () => {
  // Dates of birth are relative to this year in Hanoi, so the children stay under (or over) 6.
  const year = Number(vietnamDate(new Date()).slice(0, 4));
  let service: ServiceUnderTest;
  let producer: EventProducer;

  function issueCommand(dossierId: string, pin: string, dateOfBirth: string) {
    return newEvent(IssueChildHealthInsuranceCardV1, {
      subject: dossierId,
      data: {
        dossierId,
        step: 'insurance',
        pin,
        fullName: 'Trần Minh An',
        sex: 'male',
        dateOfBirth,
      },
      correlationId: `corr-${dossierId}`,
      causationId: randomUUID(),
      source: 'dossier-service',
    });
  }

  async function send(event: CloudEvent): Promise<void> {
    await producer.send(TOPICS.socialInsuranceCommands, event);
  }

  async function outcomesOf(dossierId: string): Promise<Outcome[]> {
    return (await readTopic(`${service.prefix}${TOPICS.socialInsuranceEvents}`))
      .filter((record) => record.key === dossierId)
      .map((record) => JSON.parse(record.value ?? 'null') as Outcome);
  }

  async function untilOutcomes(dossierId: string, count: number): Promise<Outcome[]> {
    let outcomes: Outcome[] = [];
    await waitFor(
      async () => {
        outcomes = await outcomesOf(dossierId);
        return outcomes.length >= count;
      },
      { what: `${count} outcome(s) of dossier ${dossierId}`, intervalMs: 300 },
    );
    return outcomes;
  }

  async function cardRows(pin: string): Promise<number> {
    const [{ count }] = await service.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM health_insurance_card WHERE card_number = $1',
      [pin],
    );
    return count;
  }

  beforeAll(async () => {
    service = await startServiceUnderTest({
      label: 'social-insurance',
      module: AppModule,
      config: SocialInsuranceServiceConfig,
    });
    producer = await connectEventProducer(service.prefix);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  it('issues TE cards at level 1 numbered by the PIN, with the validity of Decree 146/2018 Art. 13, and serves them', async () => {
    const springDossier = randomUUID();
    const autumnDossier = randomUUID();
    const springPin = childPin('079', year - 2, '000101');
    const autumnPin = childPin('079', year - 1, '000102');
    // 6th birthday in March, before 30 September: the card runs to 30 September of that year.
    await send(issueCommand(springDossier, springPin, `${year - 2}-03-10`));
    // 6th birthday in October, after 30 September: to the last day of that month.
    await send(issueCommand(autumnDossier, autumnPin, `${year - 1}-10-15`));

    const [spring] = await untilOutcomes(springDossier, 1);
    const [autumn] = await untilOutcomes(autumnDossier, 1);
    expect(spring).toMatchObject({
      type: 'vn.gov.social-insurance.child-health-insurance-card-issued.v1',
      data: {
        dossierId: springDossier,
        step: 'insurance',
        result: {
          cardNumber: springPin,
          category: 'TE',
          benefitLevel: 1,
          validFrom: `${year - 2}-03-10`,
          validTo: `${year + 4}-09-30`,
        },
      },
    });
    expect(autumn.data.result).toEqual({
      cardNumber: autumnPin,
      category: 'TE',
      benefitLevel: 1,
      validFrom: `${year - 1}-10-15`,
      validTo: `${year + 5}-10-31`,
    });

    const card = await request(service.http)
      .get(`/v1/health-insurance-cards/${springPin}`)
      .expect(200);
    expect(card.body).toEqual({
      cardNumber: springPin,
      holder: { pin: springPin, fullName: 'Trần Minh An', dateOfBirth: `${year - 2}-03-10` },
      category: 'TE',
      benefitLevel: 1,
      validFrom: `${year - 2}-03-10`,
      validTo: `${year + 4}-09-30`,
      issuedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/) as unknown,
      dossierId: springDossier,
    });

    const unknown = await request(service.http)
      .get('/v1/health-insurance-cards/079299999999')
      .expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/health-insurance-card-not-found',
    });
    const malformed = await request(service.http)
      .get('/v1/health-insurance-cards/07929999999x')
      .expect(400);
    expect(malformed.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/validation-error',
      errors: [{ parameter: 'number', detail: 'number must be exactly 12 digits' }],
    });
  });

  it('issues one card per child however often the command is redelivered or re-sent, answering each with it', async () => {
    const dossierId = randomUUID();
    const pin = childPin('001', year - 3, '000201');
    const first = issueCommand(dossierId, pin, `${year - 3}-07-01`);
    const resent = issueCommand(dossierId, pin, `${year - 3}-07-01`);
    const laterDossier = randomUUID();
    const fromAnotherDossier = issueCommand(laterDossier, pin, `${year - 3}-07-01`);

    await send(first);
    await send(first);
    await send(resent);
    await send(fromAnotherDossier);

    const [fromLater] = await untilOutcomes(laterDossier, 1);
    const outcomes = await untilOutcomes(dossierId, 2);
    // The redelivered event is a duplicate (inbox): one answer per distinct command.
    expect(outcomes.map((outcome) => outcome.causationid).sort()).toEqual(
      [first.id, resent.id].sort(),
    );
    const expected = {
      cardNumber: pin,
      category: 'TE',
      benefitLevel: 1,
      validFrom: `${year - 3}-07-01`,
      validTo: `${year + 3}-09-30`,
    };
    for (const outcome of [...outcomes, fromLater]) expect(outcome.data.result).toEqual(expected);
    expect(await cardRows(pin)).toBe(1);
    const card = await request(service.http).get(`/v1/health-insurance-cards/${pin}`).expect(200);
    expect((card.body as { dossierId: string }).dossierId).toBe(dossierId);
  });

  it('answers not applicable, with the reason, for a child aged 6 or more, and issues no card', async () => {
    const dossierId = randomUUID();
    const pin = childPin('079', year - 7, '000301');

    await send(issueCommand(dossierId, pin, `${year - 7}-05-20`));

    const [outcome] = await untilOutcomes(dossierId, 1);
    expect(outcome).toMatchObject({
      type: 'vn.gov.social-insurance.child-health-insurance-card-not-applicable.v1',
      data: {
        dossierId,
        step: 'insurance',
        code: 'child-too-old',
        reason: `The child reached 6 years of age on ${year - 1}-05-20; the card is for children under 6.`,
      },
    });
    expect(await cardRows(pin)).toBe(0);
    await request(service.http).get(`/v1/health-insurance-cards/${pin}`).expect(404);
  });
});
