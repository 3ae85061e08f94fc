import {
  BirthRegisteredV1,
  BirthRegistrationRejectedV1,
  IssuePinV1,
  PinIssuedV1,
  PinRefusedV1,
  RegisterBirthV1,
  TOPICS,
  type CloudEvent,
  type EventData,
  type EventDefinition,
  type EventOf,
} from '@lienthong/contracts';
import { newEvent } from '@lienthong/messaging';
import { addCalendarDays, vietnamDate } from '@lienthong/platform';
import {
  connectEventProducer,
  kafkaBrokers,
  startServiceUnderTest,
  waitFor,
  type EventProducer,
  type ServiceUnderTest,
} from '@lienthong/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { CivilStatusServiceConfig } from '../src/config/civil-status-service.config';

type Parent = EventData<typeof PinIssuedV1>['mother'];

/** What the population register holds about the parents used here (never sent by the form). */
const REGISTER: Record<string, Parent> = {
  '079190000001': {
    pin: '079190000001',
    fullName: 'Nguyễn Thị Lan',
    dateOfBirth: '1990-04-12',
    permanentAddress: '12 Lê Lợi, Phường Bến Thành',
  },
  '079088000002': {
    pin: '079088000002',
    fullName: 'Trần Văn Hùng',
    dateOfBirth: '1988-01-30',
    permanentAddress: null,
  },
  '079191000003': {
    pin: '079191000003',
    fullName: 'Lê Thị Mai',
    dateOfBirth: '1991-09-09',
    permanentAddress: '3 Hàng Bài',
  },
  '079192000005': {
    pin: '079192000005',
    fullName: 'Phạm Thị Hạnh',
    dateOfBirth: '1992-02-02',
    permanentAddress: null,
  },
};
const UNKNOWN_MOTHER = '079193999999';

function todayPlusDaysInVietnam(days: number): string {
  return addCalendarDays(vietnamDate(new Date()), days);
}

interface Birth {
  readonly dossierId?: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly motherPin: string;
  readonly fatherPin?: string;
}

function registerBirth(birth: Birth): EventOf<typeof RegisterBirthV1> {
  const dossierId = birth.dossierId ?? randomUUID();
  return newEvent(RegisterBirthV1, {
    subject: dossierId,
    correlationId: `corr-${dossierId}`,
    source: 'dossier-service',
    data: {
      dossierId,
      step: 'birth',
      child: {
        fullName: birth.fullName,
        sex: 'male',
        dateOfBirth: birth.dateOfBirth,
        placeOfBirth: 'Tu Du Hospital, Ho Chi Minh City',
      },
      motherPin: birth.motherPin,
      ...(birth.fatherPin ? { fatherPin: birth.fatherPin } : {}),
      medicalBirthCertificateNo: 'TD-2026-118734',
      registrationAuthority: { provinceCode: '079', communeCode: '26734' },
      applicantPin: birth.motherPin,
    },
  });
}

/** The same command, delivered again as dossier-service's outbox would re-send it: a new id. */
function resent<E extends CloudEvent>(event: E): E {
  return { ...event, id: randomUUID() };
}

let childPinSeq = 0;
function nextChildPin(): string {
  childPinSeq += 1;
  return `079225${String(100000 + childPinSeq)}`;
}

describe('the birth register of civil-status-service, on real Kafka and PostgreSQL', () => {
  let service: ServiceUnderTest;
  let producer: EventProducer;
  let observer: Consumer;
  /** Everything seen on residence.commands and civil-status.events, in arrival order. */
  const seen: { topic: string; event: CloudEvent }[] = [];

  async function send(event: CloudEvent, definition: EventDefinition): Promise<void> {
    await producer.send(definition.topic, event);
  }

  function seenOf<D extends EventDefinition>(definition: D, dossierId: string): EventOf<D>[] {
    return seen
      .filter(({ topic }) => topic === `${service.prefix}${definition.topic}`)
      .map(({ event }) => event)
      .filter((event) => event.type === definition.type && event.subject === dossierId)
      .map((event) => event as EventOf<D>);
  }

  async function waitForSeen<D extends EventDefinition>(
    definition: D,
    dossierId: string,
    count = 1,
  ): Promise<EventOf<D>[]> {
    await waitFor(async () => Promise.resolve(seenOf(definition, dossierId).length >= count), {
      what: `${count} ${definition.type} for dossier ${dossierId}`,
    });
    return seenOf(definition, dossierId);
  }

  async function registrationsOf(dossierId: string): Promise<{ status: string }[]> {
    return service.query('SELECT status FROM birth_registration WHERE dossier_id = $1', [
      dossierId,
    ]);
  }

  /** Plays residence-service: issues the PIN asked for, with the register's particulars. */
  async function issuePin(ask: EventOf<typeof IssuePinV1>, pin = nextChildPin()): Promise<string> {
    const reply = newEvent(PinIssuedV1, {
      subject: ask.subject,
      correlationId: ask.correlationid,
      causationId: ask.id,
      source: 'residence-service',
      data: {
        dossierId: ask.data.dossierId,
        requestId: ask.data.requestId,
        pin,
        mother: REGISTER[ask.data.motherPin],
        ...(ask.data.fatherPin ? { father: REGISTER[ask.data.fatherPin] } : {}),
      },
    });
    await send(reply, PinIssuedV1);
    return pin;
  }

  /** Registers a birth end to end and returns its registration number. */
  async function registerThrough(birth: Birth): Promise<{ number: string; pin: string }> {
    const command = registerBirth(birth);
    await send(command, RegisterBirthV1);
    const [ask] = await waitForSeen(IssuePinV1, command.data.dossierId);
    const pin = await issuePin(ask);
    const [registered] = await waitForSeen(BirthRegisteredV1, command.data.dossierId);
    return { number: registered.data.result.registrationNumber, pin };
  }

  async function expectNothingDeadLettered(): Promise<void> {
    const rows = await service.query('SELECT id FROM dead_letter');
    expect(rows).toEqual([]);
  }

  beforeAll(async () => {
    service = await startServiceUnderTest({
      label: 'civil-status',
      module: AppModule,
      config: CivilStatusServiceConfig,
    });
    const { prefix } = service;
    producer = await connectEventProducer(prefix);
    observer = new Kafka({
      clientId: 'birth-register-test',
      brokers: kafkaBrokers(),
      logLevel: logLevel.NOTHING,
    }).consumer({ groupId: `${prefix}observer` });
    await observer.connect();
    await observer.subscribe({
      topics: [`${prefix}${TOPICS.residenceCommands}`, `${prefix}${TOPICS.civilStatusEvents}`],
      fromBeginning: true,
    });
    await observer.run({
      eachMessage: async ({ topic, message }) => {
        seen.push({ topic, event: JSON.parse(message.value?.toString() ?? 'null') as CloudEvent });
        return Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await observer?.disconnect();
    await producer?.disconnect();
    await service?.stop();
  });

  it('registers a birth with the PIN from the population register and serves its extract with the parents from the register', async () => {
    const command = registerBirth({
      fullName: '  Trần   Minh An ',
      dateOfBirth: '2025-10-01',
      motherPin: '079190000001',
      fatherPin: '079088000002',
    });
    const dossierId = command.data.dossierId;
    await send(command, RegisterBirthV1);

    const [ask] = await waitForSeen(IssuePinV1, dossierId);
    expect(ask.correlationid).toBe(command.correlationid);
    expect(ask.data).toEqual({
      dossierId,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      provinceCode: '079',
      fullName: 'Trần Minh An',
      sex: 'male',
      dateOfBirth: '2025-10-01',
      motherPin: '079190000001',
      fatherPin: '079088000002',
    });
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'awaiting_pin' }]);

    const pin = await issuePin(ask);
    const [registered] = await waitForSeen(BirthRegisteredV1, dossierId);
    const year = todayPlusDaysInVietnam(0).slice(0, 4);
    expect(registered.correlationid).toBe(command.correlationid);
    expect(registered.data).toEqual({
      dossierId,
      step: 'birth',
      result: {
        registrationNumber: expect.stringMatching(
          new RegExp(`^KS-26734-${year}-[0-9]{6}$`),
        ) as unknown,
        pin,
      },
    });
    const number = registered.data.result.registrationNumber;

    const extract = await request(service.http)
      .get(`/v1/birth-registrations/${number}`)
      .expect(200);
    expect(extract.body).toEqual({
      registrationNumber: number,
      registeredAt: expect.any(String) as unknown,
      registrationAuthority: { provinceCode: '079', communeCode: '26734' },
      child: {
        fullName: 'Trần Minh An',
        sex: 'male',
        dateOfBirth: '2025-10-01',
        placeOfBirth: 'Tu Du Hospital, Ho Chi Minh City',
        pin,
      },
      mother: { pin: '079190000001', fullName: 'Nguyễn Thị Lan', dateOfBirth: '1990-04-12' },
      father: { pin: '079088000002', fullName: 'Trần Văn Hùng', dateOfBirth: '1988-01-30' },
      medicalBirthCertificateNo: 'TD-2026-118734',
      dossierId,
    });
    const registeredAt = Date.parse((extract.body as { registeredAt: string }).registeredAt);
    expect(Math.abs(Date.now() - registeredAt)).toBeLessThan(60_000);

    const unknown = await request(service.http)
      .get(`/v1/birth-registrations/KS-26734-${year}-999999`)
      .expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/birth-registration-not-found',
    });
    const malformed = await request(service.http)
      .get(`/v1/birth-registrations/${encodeURIComponent('26734/2026/000001')}`)
      .expect(400);
    expect(malformed.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/validation-error',
      errors: [{ parameter: 'number' }],
    });
    await expectNothingDeadLettered();
  });

  it('rejects the birth with the reason when the population register does not know the mother, and ignores a late PIN', async () => {
    const birth = { fullName: 'Đỗ Gia Bảo', dateOfBirth: '2025-12-24', motherPin: UNKNOWN_MOTHER };
    const command = registerBirth(birth);
    const dossierId = command.data.dossierId;
    await send(command, RegisterBirthV1);
    const [ask] = await waitForSeen(IssuePinV1, dossierId);

    const reason = 'The population register has no person with the PIN given for the mother.';
    await send(
      newEvent(PinRefusedV1, {
        subject: dossierId,
        correlationId: ask.correlationid,
        causationId: ask.id,
        source: 'residence-service',
        data: { dossierId, requestId: ask.data.requestId, code: 'mother-unknown', reason },
      }),
      PinRefusedV1,
    );
    const [rejected] = await waitForSeen(BirthRegistrationRejectedV1, dossierId);
    expect(rejected.data).toEqual({ dossierId, step: 'birth', code: 'mother-unknown', reason });
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'rejected' }]);

    // A PIN arriving after the refusal (or for a request nobody made) changes nothing.
    const late = newEvent(PinIssuedV1, {
      subject: dossierId,
      correlationId: ask.correlationid,
      source: 'residence-service',
      data: {
        dossierId,
        requestId: ask.data.requestId,
        pin: nextChildPin(),
        mother: { ...REGISTER['079190000001'], pin: UNKNOWN_MOTHER },
      },
    });
    await send(late, PinIssuedV1);
    await service.untilConsumed(late);
    expect(seenOf(BirthRegisteredV1, dossierId)).toEqual([]);
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'rejected' }]);

    // The rejected registration does not hold the child: a corrected dossier may register it.
    const retry = registerBirth(birth);
    await send(retry, RegisterBirthV1);
    await waitForSeen(IssuePinV1, retry.data.dossierId);
    await expectNothingDeadLettered();
  });

  it('rejects a child already registered, naming its registration number, whatever the case, spacing and tone placement of the name', async () => {
    const first = await registerThrough({
      fullName: 'Lê Thị Hoà',
      dateOfBirth: '2026-01-15',
      motherPin: '079191000003',
    });

    const again = registerBirth({
      fullName: ' LÊ  THỊ   HÒA',
      dateOfBirth: '2026-01-15',
      motherPin: '079191000003',
    });
    await send(again, RegisterBirthV1);
    const [rejected] = await waitForSeen(BirthRegistrationRejectedV1, again.data.dossierId);
    expect(rejected.data.code).toBe('already-registered');
    expect(rejected.data.reason).toContain(first.number);
    expect(seenOf(IssuePinV1, again.data.dossierId)).toEqual([]);

    // A twin with another name, same mother and day, is not a duplicate.
    const twin = await registerThrough({
      fullName: 'Lê Thị Hoa',
      dateOfBirth: '2026-01-15',
      motherPin: '079191000003',
    });
    expect(twin.number).not.toBe(first.number);
    await expectNothingDeadLettered();
  });

  it('lets only one of three dossiers for the same child sent at once through, and tells the others it is already being registered', async () => {
    const birth = {
      fullName: 'Phạm Quang Huy',
      dateOfBirth: '2026-02-20',
      motherPin: '079192000005',
    };
    const commands = [registerBirth(birth), registerBirth(birth), registerBirth(birth)];
    await Promise.all(commands.map((command) => send(command, RegisterBirthV1)));
    const asksOf = () => commands.flatMap(({ data }) => seenOf(IssuePinV1, data.dossierId));
    const rejectionsOf = () =>
      commands.flatMap(({ data }) => seenOf(BirthRegistrationRejectedV1, data.dossierId));
    // Each command gets exactly one answer: a PIN request or a refusal.
    await waitFor(async () => Promise.resolve(asksOf().length + rejectionsOf().length >= 3), {
      what: 'an answer to each of the three dossiers',
    });

    expect(asksOf()).toHaveLength(1);
    const rejections = rejectionsOf();
    expect(rejections.map((event) => event.subject).sort()).toEqual(
      commands
        .map(({ data }) => data.dossierId)
        .filter((dossierId) => dossierId !== asksOf()[0].subject)
        .sort(),
    );
    for (const rejected of rejections) {
      expect(rejected.data.code).toBe('already-registered');
      expect(rejected.data.reason).toContain('already being registered');
    }
    expect(
      await service.query(
        `SELECT count(*)::int AS count FROM birth_registration WHERE mother_pin = $1`,
        [birth.motherPin],
      ),
    ).toEqual([{ count: 1 }]);
    await expectNothingDeadLettered();
  });

  it('rejects a date of birth after today in Vietnam without asking for a PIN', async () => {
    const command = registerBirth({
      fullName: 'Vũ Tương Lai',
      dateOfBirth: todayPlusDaysInVietnam(1),
      motherPin: '079190000001',
    });
    const dossierId = command.data.dossierId;
    await send(command, RegisterBirthV1);

    const [rejected] = await waitForSeen(BirthRegistrationRejectedV1, dossierId);
    expect(rejected.data).toMatchObject({
      dossierId,
      step: 'birth',
      code: 'date-of-birth-in-future',
    });
    expect(rejected.data.reason).toContain('after today');
    expect(seenOf(IssuePinV1, dossierId)).toEqual([]);
    expect(await registrationsOf(dossierId)).toEqual([]);
    await expectNothingDeadLettered();
  });

  it('makes one registration and asks one PIN for a command re-sent with new event ids, and answers a late re-send with the same number', async () => {
    const command = registerBirth({
      fullName: 'Hoàng Minh Khôi',
      dateOfBirth: '2026-03-03',
      motherPin: '079190000001',
      fatherPin: '079088000002',
    });
    const dossierId = command.data.dossierId;
    const copy = resent(command);
    await send(command, RegisterBirthV1);
    await send(copy, RegisterBirthV1);
    await service.untilConsumed(command, copy);

    const asks = await waitForSeen(IssuePinV1, dossierId);
    expect(asks).toHaveLength(1);
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'awaiting_pin' }]);
    expect(seenOf(BirthRegisteredV1, dossierId)).toEqual([]);

    const pin = await issuePin(asks[0]);
    const [registered] = await waitForSeen(BirthRegisteredV1, dossierId);

    const late = resent(command);
    await send(late, RegisterBirthV1);
    const answers = await waitForSeen(BirthRegisteredV1, dossierId, 2);
    expect(answers).toHaveLength(2);
    expect(answers[1].data).toEqual(registered.data);
    expect(answers[1].data.result.pin).toBe(pin);
    expect(seenOf(IssuePinV1, dossierId)).toHaveLength(1);
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'registered' }]);
    await expectNothingDeadLettered();
  });
});
