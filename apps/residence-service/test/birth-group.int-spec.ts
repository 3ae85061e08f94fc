import {
  IssuePinV1,
  RegisterPermanentResidenceV1,
  TOPICS,
  type CloudEvent,
  type EventData,
  type EventOf,
} from '@lienthong/contracts';
import { newEvent } from '@lienthong/messaging';
import {
  connectEventProducer,
  readTopic,
  startServiceUnderTest,
  waitFor,
  type EventProducer,
  type ServiceUnderTest,
} from '@lienthong/testing';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { ResidenceServiceConfig } from '../src/config/residence-service.config';
import { PinRandomSource } from '../src/pin/pin-random.source';

// The demo people of the default seed (seed/README.md).
const LAN = '079190000001';
const HUNG = '079088000002';
const MAI = '079195000004';
const LAN_AND_HUNG_HOUSEHOLD = 'HK-079-DEMO-0001';
const LAN_AND_HUNG_ADDRESS = '45 Nguyen Trai, Ward Ben Thanh, Ho Chi Minh City';
// No seeded household or resident is in province 002.
const NOBODY = '002190000001';

interface Outcome {
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly causationid?: string;
  readonly data: {
    readonly requestId?: string;
    readonly pin?: string;
    readonly mother?: Record<string, unknown>;
    readonly father?: Record<string, unknown>;
    readonly result?: { confirmationNumber: string };
    readonly code?: string;
    readonly reason?: string;
  };
}

type IssuePin = EventData<typeof IssuePinV1>;
type RegisterPermanentResidence = EventData<typeof RegisterPermanentResidenceV1>;

describe('residence-service in the birth group', () => {
  let service: ServiceUnderTest;
  let producer: EventProducer;

  /** civil-status-service's request for a child's PIN. */
  function issuePin(overrides: Partial<IssuePin> = {}): EventOf<typeof IssuePinV1> {
    const dossierId = overrides.dossierId ?? randomUUID();
    return newEvent(IssuePinV1, {
      subject: dossierId,
      data: {
        dossierId,
        requestId: randomUUID(),
        provinceCode: '079',
        fullName: 'Tran Minh An',
        sex: 'male',
        dateOfBirth: '2025-11-02',
        motherPin: LAN,
        fatherPin: HUNG,
        ...overrides,
      },
      correlationId: `corr-${dossierId}`,
      causationId: randomUUID(),
      source: 'civil-status-service',
    });
  }

  /** dossier-service's command for the residence step. */
  function registerResidence(
    data: Omit<RegisterPermanentResidence, 'dossierId' | 'step' | 'birthRegistrationNumber'>,
  ): CloudEvent {
    const dossierId = randomUUID();
    return newEvent(RegisterPermanentResidenceV1, {
      subject: dossierId,
      data: {
        dossierId,
        step: 'residence',
        birthRegistrationNumber: 'KS-079-2025-000001',
        ...data,
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
    // The default seed, with the demo families the README's quick start uses.
    service = await startServiceUnderTest({
      label: 'residence-birth-group',
      module: AppModule,
      config: ResidenceServiceConfig,
    });
    producer = await connectEventProducer(service.prefix);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  it("issues a PIN under the registering province's prefix, with the parents' particulars from the register", async () => {
    const command = issuePin();
    await send(command);

    const [answer] = await answersTo([command], 1);

    expect(answer.type).toBe('vn.gov.residence.pin-issued.v1');
    expect(answer.subject).toBe(command.data.dossierId);
    // 079, then 2 (male, born in the 2000s), then 25 (2025), then six random digits.
    expect(answer.data.pin).toMatch(/^079225\d{6}$/);
    expect(answer.data).toEqual({
      dossierId: command.data.dossierId,
      requestId: command.data.requestId,
      pin: answer.data.pin,
      mother: {
        pin: LAN,
        fullName: 'Nguyen Thi Lan',
        dateOfBirth: '1990-08-15',
        permanentAddress: LAN_AND_HUNG_ADDRESS,
      },
      father: {
        pin: HUNG,
        fullName: 'Tran Van Hung',
        dateOfBirth: '1988-04-12',
        permanentAddress: LAN_AND_HUNG_ADDRESS,
      },
    });
    const child = await request(service.http).get(`/v1/residents/${answer.data.pin}`).expect(200);
    expect(child.body).toEqual({
      pin: answer.data.pin,
      fullName: 'Tran Minh An',
      sex: 'male',
      dateOfBirth: '2025-11-02',
      status: 'alive',
      dateOfDeath: null,
      permanentResidence: null,
    });
  });

  it('answers the same request sent twice, with different event ids, with one PIN and one child', async () => {
    const first = issuePin({ fullName: 'Tran Minh Khoa' });
    const again = { ...first, id: randomUUID() };
    await send(first, again);

    const answers = await answersTo([first, again], 2);

    expect(answers.map((answer) => answer.type)).toEqual([
      'vn.gov.residence.pin-issued.v1',
      'vn.gov.residence.pin-issued.v1',
    ]);
    expect(answers[0].data.pin).toBe(answers[1].data.pin);
    expect(
      await service.query('SELECT pin FROM pin_issuance WHERE request_id = $1', [
        first.data.requestId,
      ]),
    ).toEqual([{ pin: answers[0].data.pin }]);
    expect(
      await service.query(
        `SELECT count(*)::int AS count FROM resident WHERE full_name = 'Tran Minh Khoa'`,
      ),
    ).toEqual([{ count: 1 }]);
  });

  it('gives 50 children asked for at once 50 distinct PINs under one prefix, even when every draw is from 64 numbers', async () => {
    // Narrowed so most draws collide, with each other and with transactions still in flight.
    const narrowed = jest
      .spyOn(service.app.get(PinRandomSource), 'suffix')
      .mockImplementation(() => randomInt(64));
    try {
      const commands = Array.from({ length: 50 }, (_, index) =>
        issuePin({ fullName: `Nguyen Thi Con ${index}`, sex: 'female', dateOfBirth: '2025-03-01' }),
      );
      await send(...commands);

      const answers = await answersTo(commands, 50);

      const pins = answers.map((answer) => answer.data.pin ?? '');
      expect(answers.every((answer) => answer.type === 'vn.gov.residence.pin-issued.v1')).toBe(
        true,
      );
      expect(new Set(pins).size).toBe(50);
      expect(pins.every((pin) => /^0793250000[0-6]\d$/.test(pin))).toBe(true);
      expect(narrowed.mock.calls.length).toBeGreaterThan(50);
      expect(
        await service.query<{ count: number }>(
          'SELECT count(*)::int AS count FROM resident WHERE pin = ANY($1)',
          [pins],
        ),
      ).toEqual([{ count: 50 }]);
    } finally {
      narrowed.mockRestore();
    }
  });

  it("refuses a PIN when the mother's PIN is not in the register, naming no one", async () => {
    const command = issuePin({ motherPin: NOBODY });
    await send(command);

    const [answer] = await answersTo([command], 1);

    expect(answer.type).toBe('vn.gov.residence.pin-refused.v1');
    expect(answer.data).toEqual({
      dossierId: command.data.dossierId,
      requestId: command.data.requestId,
      code: 'mother-unknown',
      reason: "The mother's PIN is not in the national population register; please check the PIN.",
    });
    expect(
      await service.query('SELECT pin FROM pin_issuance WHERE request_id = $1', [
        command.data.requestId,
      ]),
    ).toEqual([]);
  });

  it("registers the child's permanent residence in the mother's household, once, and the household shows the child", async () => {
    const pinRequest = issuePin({ fullName: 'Tran Minh Duc' });
    await send(pinRequest);
    const [issued] = await answersTo([pinRequest], 1);
    const childPin = issued.data.pin ?? '';
    const command = registerResidence({
      pin: childPin,
      withParent: 'mother',
      motherPin: LAN,
      fatherPin: HUNG,
    });
    const resent = { ...command, id: randomUUID() };

    await send(command);
    const [registered] = await answersTo([command], 1);
    await send(resent);
    const [again] = await answersTo([resent], 1);

    expect(registered.type).toBe('vn.gov.residence.permanent-residence-registered.v1');
    expect(registered.data.result?.confirmationNumber).toMatch(/^TT-079-\d{4}-\d{6}$/);
    expect(again.data.result).toEqual(registered.data.result);
    const household = await request(service.http).get(`/v1/households/${LAN_AND_HUNG_HOUSEHOLD}`);
    expect(household.body).toMatchObject({
      id: LAN_AND_HUNG_HOUSEHOLD,
      members: expect.arrayContaining([
        {
          pin: childPin,
          fullName: 'Tran Minh Duc',
          sex: 'male',
          dateOfBirth: '2025-11-02',
          relationshipToHead: 'child',
          status: 'alive',
        },
      ]) as unknown,
    });
    const child = await request(service.http).get(`/v1/residents/${childPin}`).expect(200);
    expect(child.body).toMatchObject({
      permanentResidence: {
        householdId: LAN_AND_HUNG_HOUSEHOLD,
        provinceCode: '079',
        communeCode: '26734',
        address: LAN_AND_HUNG_ADDRESS,
        relationshipToHead: 'child',
      },
    });
  });

  it('rejects the permanent residence with the reason when the chosen parent has none, the parent is not given or the child is unknown', async () => {
    const pinRequest = issuePin({
      motherPin: MAI,
      fatherPin: undefined,
      fullName: 'Pham Minh Tam',
    });
    await send(pinRequest);
    const [issued] = await answersTo([pinRequest], 1);
    const childPin = issued.data.pin ?? '';
    const withoutResidence = registerResidence({
      pin: childPin,
      withParent: 'mother',
      motherPin: MAI,
    });
    const fatherNotGiven = registerResidence({
      pin: childPin,
      withParent: 'father',
      motherPin: MAI,
    });
    const unknownChild = registerResidence({
      pin: NOBODY,
      withParent: 'mother',
      motherPin: LAN,
    });
    await send(withoutResidence, fatherNotGiven, unknownChild);

    const answers = await answersTo([withoutResidence, fatherNotGiven, unknownChild], 3);

    // A mother known to the register without a permanent residence still gets her child a PIN.
    expect(issued.data.mother).toMatchObject({ pin: MAI, permanentAddress: null });
    const byCommand = new Map(answers.map((answer) => [answer.causationid, answer]));
    expect(byCommand.get(withoutResidence.id)).toMatchObject({
      type: 'vn.gov.residence.permanent-residence-rejected.v1',
      data: {
        dossierId: withoutResidence.subject,
        step: 'residence',
        code: 'parent-without-permanent-residence',
        reason: expect.stringContaining(
          'The mother has no permanent residence in the national population register',
        ) as unknown,
      },
    });
    expect(byCommand.get(fatherNotGiven.id)?.data.code).toBe('parent-not-given');
    expect(byCommand.get(unknownChild.id)?.data.code).toBe('child-unknown');
    const child = await request(service.http).get(`/v1/residents/${childPin}`).expect(200);
    expect(child.body).toMatchObject({ permanentResidence: null });
  });
});
