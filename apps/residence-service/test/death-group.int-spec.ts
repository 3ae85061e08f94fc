import {
  DeletePermanentResidenceV1,
  RequestResidentParticularsV1,
  TOPICS,
  type CloudEvent,
  type EventOf,
} from '@lienthong/contracts';
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
import { ResidenceServiceConfig } from '../src/config/residence-service.config';

// The demo people of the default seed (seed/README.md).
const LAN = '079190000001';
const BINH = '079055000003';
const HUNG = '079088000002';
const HOA = '079158000005';
const NAM = '079092000006';
const LAN_AND_HUNG_HOUSEHOLD = 'HK-079-DEMO-0001';
const BINH_AND_HOA_HOUSEHOLD = 'HK-079-DEMO-0002';
// No seeded household or resident is in province 002.
const NOBODY = '002055000001';

interface Outcome {
  readonly type: string;
  readonly subject: string;
  readonly causationid?: string;
  readonly data: {
    readonly requestId?: string;
    readonly pin?: string;
    readonly resident?: Record<string, unknown> | null;
    readonly result?: { confirmationNumber: string };
    readonly code?: string;
    readonly reason?: string;
  };
}

describe('residence-service in the death group', () => {
  let service: ServiceUnderTest;
  let producer: EventProducer;

  /** civil-status-service's question about a person whose death it registers. */
  function askParticulars(pin: string): EventOf<typeof RequestResidentParticularsV1> {
    const dossierId = randomUUID();
    return newEvent(RequestResidentParticularsV1, {
      subject: dossierId,
      data: { dossierId, requestId: randomUUID(), pin },
      correlationId: `corr-${dossierId}`,
      causationId: randomUUID(),
      source: 'civil-status-service',
    });
  }

  /** dossier-service's command for the residence-deletion step. */
  function deleteResidence(pin: string, dateOfDeath = '2025-11-20'): CloudEvent {
    const dossierId = randomUUID();
    return newEvent(DeletePermanentResidenceV1, {
      subject: dossierId,
      data: {
        dossierId,
        step: 'residence-deletion',
        pin,
        dateOfDeath,
        deathRegistrationNumber: 'KT-2025-000001',
      },
      correlationId: `corr-${dossierId}`,
      causationId: randomUUID(),
      source: 'dossier-service',
    });
  }

  async function send(...events: CloudEvent[]): Promise<void> {
    await producer.send(TOPICS.residenceCommands, ...events);
  }

  /** The answers to the given commands (residence.events, residence.register-replies), once there are `count` of them. */
  async function answersTo(commands: readonly CloudEvent[], count: number): Promise<Outcome[]> {
    const ids = new Set(commands.map((command) => command.id));
    let answers: Outcome[] = [];
    await waitFor(
      async () => {
        const records = [
          ...(await readTopic(`${service.prefix}${TOPICS.residenceEvents}`)),
          ...(await readTopic(`${service.prefix}${TOPICS.residenceRegisterReplies}`)),
        ];
        answers = records
          .map((record) => JSON.parse(record.value ?? 'null') as Outcome)
          .filter((outcome) => outcome.causationid !== undefined && ids.has(outcome.causationid));
        return answers.length >= count;
      },
      { what: `${count} answer(s)`, intervalMs: 300, timeoutMs: 60000 },
    );
    return answers;
  }

  beforeAll(async () => {
    // The default seed, with the demo people the README and the end-to-end tests use.
    service = await startServiceUnderTest({
      label: 'residence-death-group',
      module: AppModule,
      config: ResidenceServiceConfig,
    });
    producer = await connectEventProducer(service.prefix);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  it("answers a living resident's particulars with their household, and null for a PIN it does not know", async () => {
    const known = askParticulars(LAN);
    const unknown = askParticulars(NOBODY);
    await send(known, unknown);

    const answers = await answersTo([known, unknown], 2);

    const byCommand = new Map(answers.map((answer) => [answer.causationid, answer]));
    expect(byCommand.get(known.id)).toMatchObject({
      type: 'vn.gov.residence.resident-particulars.v1',
      subject: known.data.dossierId,
      data: {
        dossierId: known.data.dossierId,
        requestId: known.data.requestId,
        pin: LAN,
        resident: {
          fullName: 'Nguyen Thi Lan',
          sex: 'female',
          dateOfBirth: '1990-08-15',
          status: 'alive',
          householdId: 'HK-079-DEMO-0001',
        },
      },
    });
    expect(byCommand.get(unknown.id)?.data).toEqual({
      dossierId: unknown.data.dossierId,
      requestId: unknown.data.requestId,
      pin: NOBODY,
      resident: null,
    });
  });

  it('deletes the permanent residence of a head who died once, whatever is re-sent: the resident is deceased, the household keeps the spouse and records its head deceased', async () => {
    const command = deleteResidence(BINH, '2025-11-20');
    const resent = { ...command, id: randomUUID() };
    await send(command, resent);

    const answers = await answersTo([command, resent], 2);

    const year = vietnamDate(new Date()).slice(0, 4);
    expect(answers.map((answer) => answer.type)).toEqual([
      'vn.gov.residence.permanent-residence-deleted.v1',
      'vn.gov.residence.permanent-residence-deleted.v1',
    ]);
    const number = answers[0].data.result?.confirmationNumber;
    expect(number).toMatch(new RegExp(`^XT-079-${year}-\\d{6}$`));
    expect(answers[1].data.result?.confirmationNumber).toBe(number);
    expect(
      await service.query(
        'SELECT household_id, relationship_to_head FROM permanent_residence_deletion WHERE pin = $1',
        [BINH],
      ),
    ).toEqual([{ household_id: BINH_AND_HOA_HOUSEHOLD, relationship_to_head: 'head' }]);

    const binh = await request(service.http).get(`/v1/residents/${BINH}`).expect(200);
    expect(binh.body).toMatchObject({
      pin: BINH,
      status: 'deceased',
      dateOfDeath: '2025-11-20',
      permanentResidence: null,
    });
    const household = await request(service.http)
      .get(`/v1/households/${BINH_AND_HOA_HOUSEHOLD}`)
      .expect(200);
    expect(household.body).toMatchObject({
      id: BINH_AND_HOA_HOUSEHOLD,
      headDeceasedOn: '2025-11-20',
      members: [{ pin: HOA, relationshipToHead: 'spouse', status: 'alive' }],
    });

    // Another dossier for the same person, later, answers the same deletion.
    const later = deleteResidence(BINH, '2025-11-21');
    const asked = askParticulars(BINH);
    await send(later, asked);
    const [again, particulars] = await answersTo([later, asked], 2).then((found) => [
      found.find((answer) => answer.causationid === later.id),
      found.find((answer) => answer.causationid === asked.id),
    ]);
    expect(again?.data.result?.confirmationNumber).toBe(number);
    expect(particulars?.data.resident).toEqual({
      fullName: 'Nguyen Van Binh',
      sex: 'male',
      dateOfBirth: '1955-02-10',
      status: 'deceased',
      householdId: null,
    });
    const unchanged = await request(service.http).get(`/v1/residents/${BINH}`).expect(200);
    expect(unchanged.body).toMatchObject({ dateOfDeath: '2025-11-20' });
  });

  it('records a person with no permanent residence deceased, and lets a spouse leave the household without touching its head', async () => {
    const nam = deleteResidence(NAM, '2025-10-01');
    const lan = deleteResidence(LAN, '2025-12-01');
    await send(nam, lan);

    const answers = await answersTo([nam, lan], 2);

    const byCommand = new Map(answers.map((answer) => [answer.causationid, answer]));
    // Nam has no household: his number takes the province of his PIN.
    expect(byCommand.get(nam.id)?.data.result?.confirmationNumber).toMatch(/^XT-079-\d{4}-\d{6}$/);
    expect(byCommand.get(lan.id)?.type).toBe('vn.gov.residence.permanent-residence-deleted.v1');
    const namNow = await request(service.http).get(`/v1/residents/${NAM}`).expect(200);
    expect(namNow.body).toMatchObject({
      status: 'deceased',
      dateOfDeath: '2025-10-01',
      permanentResidence: null,
    });
    const lanNow = await request(service.http).get(`/v1/residents/${LAN}`).expect(200);
    expect(lanNow.body).toMatchObject({
      status: 'deceased',
      dateOfDeath: '2025-12-01',
      permanentResidence: null,
    });
    const household = await request(service.http)
      .get(`/v1/households/${LAN_AND_HUNG_HOUSEHOLD}`)
      .expect(200);
    expect(household.body).toMatchObject({
      headDeceasedOn: null,
      members: [{ pin: HUNG, relationshipToHead: 'head', status: 'alive' }],
    });
    expect((household.body as { members: unknown[] }).members).toHaveLength(1);
  });

  it('rejects the deletion for a PIN not in the register, naming no one', async () => {
    const command = deleteResidence(NOBODY);
    await send(command);

    const [answer] = await answersTo([command], 1);

    expect(answer.type).toBe('vn.gov.residence.permanent-residence-deletion-rejected.v1');
    expect(answer.data).toEqual({
      dossierId: command.subject,
      step: 'residence-deletion',
      code: 'resident-unknown',
      reason: expect.stringContaining('not in the national population register') as unknown,
    });
    expect(answer.data.reason).not.toContain(NOBODY);
    expect(
      await service.query('SELECT pin FROM permanent_residence_deletion WHERE pin = $1', [NOBODY]),
    ).toEqual([]);
  });
});
