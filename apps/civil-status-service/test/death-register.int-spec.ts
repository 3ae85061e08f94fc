import {
  DeathRegisteredV1,
  DeathRegistrationRejectedV1,
  RegisterDeathV1,
  RequestResidentParticularsV1,
  ResidentParticularsV1,
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

type Resident = NonNullable<EventData<typeof ResidentParticularsV1>['resident']>;

const LAN = '079190000001';

/** What the population register holds about the people used here (never sent by the form). */
function resident(overrides: Partial<Resident> = {}): Resident {
  return {
    fullName: 'Nguyễn Văn Bình',
    sex: 'male',
    dateOfBirth: '1955-02-10',
    status: 'alive',
    householdId: 'HK-079-DEMO-0002',
    ...overrides,
  };
}

function todayPlusDaysInVietnam(days: number): string {
  return addCalendarDays(vietnamDate(new Date()), days);
}

interface Death {
  readonly deceasedPin: string;
  readonly dateOfDeath?: string;
}

function registerDeath(death: Death): EventOf<typeof RegisterDeathV1> {
  const dossierId = randomUUID();
  return newEvent(RegisterDeathV1, {
    subject: dossierId,
    correlationId: `corr-${dossierId}`,
    source: 'dossier-service',
    data: {
      dossierId,
      step: 'death',
      deceasedPin: death.deceasedPin,
      dateOfDeath: death.dateOfDeath ?? '2025-11-20',
      placeOfDeath: 'Cho Ray Hospital, Ho Chi Minh City',
      medicalDeathCertificateNo: 'CR-2026-044120',
      applicantPin: LAN,
      applicantRelationship: 'child',
    },
  });
}

/** The same command, delivered again as dossier-service's outbox would re-send it: a new id. */
function resent<E extends CloudEvent>(event: E): E {
  return { ...event, id: randomUUID() };
}

describe('the death register of civil-status-service, on real Kafka and PostgreSQL', () => {
  let service: ServiceUnderTest;
  let producer: EventProducer;
  let observer: Consumer;
  /** Everything seen on residence.commands and civil-status.events, in arrival order. */
  const seen: { topic: string; event: CloudEvent }[] = [];

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
    return service.query('SELECT status FROM death_registration WHERE dossier_id = $1', [
      dossierId,
    ]);
  }

  /** Plays residence-service: answers the particulars asked for. */
  function particulars(
    ask: EventOf<typeof RequestResidentParticularsV1>,
    answer: Resident | null,
  ): EventOf<typeof ResidentParticularsV1> {
    return newEvent(ResidentParticularsV1, {
      subject: ask.subject,
      correlationId: ask.correlationid,
      causationId: ask.id,
      source: 'residence-service',
      data: {
        dossierId: ask.data.dossierId,
        requestId: ask.data.requestId,
        pin: ask.data.pin,
        resident: answer,
      },
    });
  }

  /** Sends the command, answers its particulars request, and returns the outcome. */
  async function decide(
    death: Death,
    answer: Resident | null,
  ): Promise<{ command: EventOf<typeof RegisterDeathV1>; outcome: CloudEvent }> {
    const command = registerDeath(death);
    const dossierId = command.data.dossierId;
    await producer.send(RegisterDeathV1.topic, command);
    const [ask] = await waitForSeen(RequestResidentParticularsV1, dossierId);
    await producer.send(ResidentParticularsV1.topic, particulars(ask, answer));
    await waitFor(
      async () =>
        Promise.resolve(
          seenOf(DeathRegisteredV1, dossierId).length +
            seenOf(DeathRegistrationRejectedV1, dossierId).length >
            0,
        ),
      { what: `the outcome of dossier ${dossierId}` },
    );
    const [outcome] = [
      ...seenOf(DeathRegisteredV1, dossierId),
      ...seenOf(DeathRegistrationRejectedV1, dossierId),
    ];
    return { command, outcome };
  }

  async function expectNothingDeadLettered(): Promise<void> {
    expect(await service.query('SELECT id FROM dead_letter')).toEqual([]);
  }

  beforeAll(async () => {
    service = await startServiceUnderTest({
      label: 'civil-status-death',
      module: AppModule,
      config: CivilStatusServiceConfig,
    });
    const { prefix } = service;
    producer = await connectEventProducer(prefix);
    observer = new Kafka({
      clientId: 'death-register-test',
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

  it("registers a death with the deceased's particulars from the population register and serves its extract", async () => {
    const command = registerDeath({ deceasedPin: '079055000003', dateOfDeath: '2025-11-20' });
    const dossierId = command.data.dossierId;
    await producer.send(RegisterDeathV1.topic, command);

    const [ask] = await waitForSeen(RequestResidentParticularsV1, dossierId);
    expect(ask.correlationid).toBe(command.correlationid);
    expect(ask.data).toEqual({
      dossierId,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      pin: '079055000003',
    });
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'awaiting_particulars' }]);

    await producer.send(ResidentParticularsV1.topic, particulars(ask, resident()));
    const [registered] = await waitForSeen(DeathRegisteredV1, dossierId);
    const year = todayPlusDaysInVietnam(0).slice(0, 4);
    expect(registered.correlationid).toBe(command.correlationid);
    expect(registered.data).toEqual({
      dossierId,
      step: 'death',
      result: {
        registrationNumber: expect.stringMatching(new RegExp(`^KT-${year}-[0-9]{6}$`)) as unknown,
      },
    });
    const number = registered.data.result.registrationNumber;

    const extract = await request(service.http)
      .get(`/v1/death-registrations/${number}`)
      .expect(200);
    expect(extract.body).toEqual({
      registrationNumber: number,
      registeredAt: expect.any(String) as unknown,
      deceased: {
        pin: '079055000003',
        fullName: 'Nguyễn Văn Bình',
        sex: 'male',
        dateOfBirth: '1955-02-10',
      },
      dateOfDeath: '2025-11-20',
      placeOfDeath: 'Cho Ray Hospital, Ho Chi Minh City',
      medicalDeathCertificateNo: 'CR-2026-044120',
      applicant: { pin: LAN, relationship: 'child' },
      dossierId,
    });

    const unknown = await request(service.http)
      .get(`/v1/death-registrations/KT-${year}-999999`)
      .expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/death-registration-not-found',
    });
    const malformed = await request(service.http)
      .get(`/v1/death-registrations/${encodeURIComponent('KT/2026/1')}`)
      .expect(400);
    expect(malformed.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/validation-error',
      errors: [{ parameter: 'number' }],
    });
    await expectNothingDeadLettered();
  });

  it('makes one registration and asks once for a command re-sent with new event ids, and answers a late re-send with the same number', async () => {
    const command = registerDeath({ deceasedPin: '079158000005' });
    const dossierId = command.data.dossierId;
    const copy = resent(command);
    await producer.send(RegisterDeathV1.topic, command, copy);
    await service.untilConsumed(command, copy);

    const asks = await waitForSeen(RequestResidentParticularsV1, dossierId);
    expect(asks).toHaveLength(1);
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'awaiting_particulars' }]);

    const reply = particulars(
      asks[0],
      resident({ fullName: 'Lê Thị Hoa', sex: 'female', dateOfBirth: '1958-06-01' }),
    );
    await producer.send(ResidentParticularsV1.topic, reply);
    const [registered] = await waitForSeen(DeathRegisteredV1, dossierId);

    // A late re-send is answered again; the same reply delivered again changes nothing.
    const late = resent(command);
    const replyAgain = resent(reply);
    await producer.send(RegisterDeathV1.topic, late);
    await producer.send(ResidentParticularsV1.topic, replyAgain);
    const answers = await waitForSeen(DeathRegisteredV1, dossierId, 2);
    await service.untilConsumed(replyAgain);
    expect(answers).toHaveLength(2);
    expect(answers[1].data).toEqual(registered.data);
    expect(seenOf(RequestResidentParticularsV1, dossierId)).toHaveLength(1);
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'registered' }]);
    await expectNothingDeadLettered();
  });

  it('rejects a PIN unknown to the population register, answers a re-send with the same rejection, and ignores a late reply', async () => {
    const { command, outcome } = await decide({ deceasedPin: '002055999999' }, null);
    const dossierId = command.data.dossierId;
    expect(outcome.type).toBe(DeathRegistrationRejectedV1.type);
    const rejected = outcome as EventOf<typeof DeathRegistrationRejectedV1>;
    expect(rejected.data).toMatchObject({ dossierId, step: 'death', code: 'deceased-unknown' });
    expect(rejected.data.reason).not.toContain('002055999999');
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'rejected' }]);

    const [ask] = seenOf(RequestResidentParticularsV1, dossierId);
    const late = particulars(ask, resident());
    await producer.send(ResidentParticularsV1.topic, late);
    await producer.send(RegisterDeathV1.topic, resent(command));
    const answers = await waitForSeen(DeathRegistrationRejectedV1, dossierId, 2);
    await service.untilConsumed(late);
    expect(answers[1].data).toEqual(rejected.data);
    expect(seenOf(DeathRegisteredV1, dossierId)).toEqual([]);
    expect(await registrationsOf(dossierId)).toEqual([{ status: 'rejected' }]);
    await expectNothingDeadLettered();
  });

  it('rejects a second registration of the same person naming the first number, and a person the population register already records as deceased', async () => {
    const first = await decide({ deceasedPin: '079060000011' }, resident());
    expect(first.outcome.type).toBe(DeathRegisteredV1.type);
    const number = (first.outcome as EventOf<typeof DeathRegisteredV1>).data.result
      .registrationNumber;

    // The population register may not have recorded the death yet: the death register decides.
    const second = await decide({ deceasedPin: '079060000011' }, resident());
    expect(second.outcome.type).toBe(DeathRegistrationRejectedV1.type);
    const rejected = second.outcome as EventOf<typeof DeathRegistrationRejectedV1>;
    expect(rejected.data.code).toBe('already-deceased');
    expect(rejected.data.reason).toContain(number);

    const recorded = await decide(
      { deceasedPin: '079061000012' },
      resident({ status: 'deceased', householdId: null }),
    );
    expect(recorded.outcome).toMatchObject({
      type: DeathRegistrationRejectedV1.type,
      data: { code: 'already-deceased' },
    });
    expect((recorded.outcome as EventOf<typeof DeathRegistrationRejectedV1>).data.reason).toContain(
      'already records this person as deceased',
    );
    await expectNothingDeadLettered();
  });

  it('registers the death once when two dossiers for the same person are answered at once', async () => {
    const pin = '079062000013';
    const commands = [registerDeath({ deceasedPin: pin }), registerDeath({ deceasedPin: pin })];
    await producer.send(RegisterDeathV1.topic, ...commands);
    const asks = await Promise.all(
      commands.map(async ({ data }) => {
        const [ask] = await waitForSeen(RequestResidentParticularsV1, data.dossierId);
        return ask;
      }),
    );
    await producer.send(
      ResidentParticularsV1.topic,
      ...asks.map((ask) => particulars(ask, resident())),
    );
    const registeredOf = () =>
      commands.flatMap(({ data }) => seenOf(DeathRegisteredV1, data.dossierId));
    const rejectedOf = () =>
      commands.flatMap(({ data }) => seenOf(DeathRegistrationRejectedV1, data.dossierId));
    await waitFor(async () => Promise.resolve(registeredOf().length + rejectedOf().length >= 2), {
      what: 'an outcome for each of the two dossiers',
    });

    const registered = registeredOf();
    const rejected = rejectedOf();
    expect(registered).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].data.code).toBe('already-deceased');
    expect(rejected[0].data.reason).toContain(registered[0].data.result.registrationNumber);
    expect(
      await service.query(
        `SELECT status, count(*)::int AS count FROM death_registration
         WHERE deceased_pin = $1 GROUP BY status ORDER BY status`,
        [pin],
      ),
    ).toEqual([
      { status: 'registered', count: 1 },
      { status: 'rejected', count: 1 },
    ]);
    await expectNothingDeadLettered();
  });

  it('rejects a date of death before the date of birth the population register holds', async () => {
    const { command, outcome } = await decide(
      { deceasedPin: '079063000014', dateOfDeath: '1955-02-09' },
      resident({ dateOfBirth: '1955-02-10' }),
    );
    expect(outcome).toMatchObject({
      type: DeathRegistrationRejectedV1.type,
      data: { dossierId: command.data.dossierId, code: 'date-of-death-before-birth' },
    });
    expect(await registrationsOf(command.data.dossierId)).toEqual([{ status: 'rejected' }]);
  });

  it('rejects a date of death after today in Vietnam without asking the population register', async () => {
    const command = registerDeath({
      deceasedPin: '079064000015',
      dateOfDeath: todayPlusDaysInVietnam(1),
    });
    const dossierId = command.data.dossierId;
    await producer.send(RegisterDeathV1.topic, command);

    const [rejected] = await waitForSeen(DeathRegistrationRejectedV1, dossierId);
    expect(rejected.data).toMatchObject({
      dossierId,
      step: 'death',
      code: 'date-of-death-in-future',
    });
    expect(rejected.data.reason).toContain('after today');
    expect(seenOf(RequestResidentParticularsV1, dossierId)).toEqual([]);
    expect(await registrationsOf(dossierId)).toEqual([]);
  });
});
