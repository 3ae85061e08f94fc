import type { INestApplication } from '@nestjs/common';
import { createTestApp } from '@lienthong/platform';
import { createTestDatabase, kafkaBrokers, type TestDatabase, waitFor } from '@lienthong/testing';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types';
import { AppModule } from '../src/app.module';
import { ResidenceServiceConfig } from '../src/config/residence-service.config';
import type { PopulationSeed } from '../src/population-register/domain/population-seed.schema';
import { PopulationSeedFileError } from '../src/population-register/population-seed.file';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const SEED: PopulationSeed = {
  households: [
    {
      id: 'HK-079-000001',
      provinceCode: '079',
      communeCode: '26734',
      address: '12 Lê Lợi',
      members: [
        {
          pin: '079187000002',
          fullName: 'Trần Thị Mai',
          sex: 'female',
          dateOfBirth: '1987-11-20',
          relationshipToHead: 'spouse',
        },
        {
          pin: '079085000001',
          fullName: 'Nguyễn Văn An',
          sex: 'male',
          dateOfBirth: '1985-03-02',
          relationshipToHead: 'head',
        },
        {
          pin: '079315000003',
          fullName: 'Nguyễn Ngọc Anh',
          sex: 'female',
          dateOfBirth: '2015-06-01',
          relationshipToHead: 'child',
        },
      ],
    },
    {
      id: 'HK-001-000002',
      provinceCode: '001',
      communeCode: '00004',
      address: '3 Hàng Bài',
      members: [
        {
          pin: '001092000005',
          fullName: 'Phạm Văn Nam',
          sex: 'male',
          dateOfBirth: '1992-07-07',
          relationshipToHead: 'head',
        },
      ],
    },
  ],
  residents: [
    { pin: '001060000004', fullName: 'Lê Văn Bình', sex: 'male', dateOfBirth: '1960-01-31' },
  ],
};

function http(app: INestApplication): App {
  return app.getHttpServer() as App;
}

async function counts(url: string): Promise<{ households: number; residents: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ households: number; residents: number }>(
      `SELECT (SELECT count(*) FROM household)::int AS households,
              (SELECT count(*) FROM resident)::int AS residents`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

describe('the population register of residence-service', () => {
  let dir: string;
  let seedFile: string;
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];

  async function boot(
    database: TestDatabase,
    file = seedFile,
    logLines?: string[],
  ): Promise<INestApplication> {
    const app = await createTestApp({
      module: AppModule,
      config: ResidenceServiceConfig,
      env: {
        DATABASE_URL: database.url,
        KAFKA_BROKERS: kafkaBrokers().join(','),
        RESIDENCE_SEED_FILE: file,
        ...(logLines ? { LOG_LEVEL: 'info' } : {}),
      },
      logDestination: logLines ? { write: (line: string) => logLines.push(line) } : undefined,
    });
    apps.push(app);
    return app;
  }

  async function untilReady(app: INestApplication): Promise<void> {
    await waitFor(async () => (await request(http(app)).get('/health/ready')).status === 200, {
      what: 'residence-service to be ready',
      timeoutMs: 60000,
    });
  }

  async function newDatabase(): Promise<TestDatabase> {
    const database = await createTestDatabase('population_register');
    databases.push(database);
    return database;
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'population-register-'));
    seedFile = path.join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify(SEED));
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  afterAll(async () => {
    for (const database of databases) await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the seed once, serves residents and households, and keeps its state across restarts', async () => {
    const database = await newDatabase();
    const first = await boot(database);
    await untilReady(first);
    const ready = await request(http(first)).get('/health/ready').expect(200);
    expect((ready.body as { details: Record<string, unknown> }).details).toHaveProperty(
      'population-register',
      { status: 'up' },
    );
    expect(await counts(database.url)).toEqual({ households: 2, residents: 5 });

    const withHousehold = await request(http(first)).get('/v1/residents/079187000002').expect(200);
    expect(withHousehold.body).toEqual({
      pin: '079187000002',
      fullName: 'Trần Thị Mai',
      sex: 'female',
      dateOfBirth: '1987-11-20',
      status: 'alive',
      dateOfDeath: null,
      permanentResidence: {
        householdId: 'HK-079-000001',
        provinceCode: '079',
        communeCode: '26734',
        address: '12 Lê Lợi',
        relationshipToHead: 'spouse',
      },
    });
    const without = await request(http(first)).get('/v1/residents/001060000004').expect(200);
    expect(without.body).toEqual({
      pin: '001060000004',
      fullName: 'Lê Văn Bình',
      sex: 'male',
      dateOfBirth: '1960-01-31',
      status: 'alive',
      dateOfDeath: null,
      permanentResidence: null,
    });

    const household = await request(http(first)).get('/v1/households/HK-079-000001').expect(200);
    expect(household.body).toEqual({
      id: 'HK-079-000001',
      provinceCode: '079',
      communeCode: '26734',
      address: '12 Lê Lợi',
      headDeceasedOn: null,
      members: [
        {
          pin: '079085000001',
          fullName: 'Nguyễn Văn An',
          sex: 'male',
          dateOfBirth: '1985-03-02',
          relationshipToHead: 'head',
          status: 'alive',
        },
        {
          pin: '079187000002',
          fullName: 'Trần Thị Mai',
          sex: 'female',
          dateOfBirth: '1987-11-20',
          relationshipToHead: 'spouse',
          status: 'alive',
        },
        {
          pin: '079315000003',
          fullName: 'Nguyễn Ngọc Anh',
          sex: 'female',
          dateOfBirth: '2015-06-01',
          relationshipToHead: 'child',
          status: 'alive',
        },
      ],
    });

    const unknownResident = await request(http(first))
      .get('/v1/residents/079085999999')
      .expect(404);
    expect(unknownResident.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknownResident.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/resident-not-found',
      status: 404,
    });
    expect((unknownResident.body as { detail: string }).detail).not.toContain('079085999999');
    await request(http(first))
      .get('/v1/households/HK-000-999999')
      .expect(404)
      .expect((response) =>
        expect(response.body).toMatchObject({
          type: 'https://lienthong.gov.vn/problems/household-not-found',
        }),
      );

    const malformed = await request(http(first)).get('/v1/residents/07908500000x').expect(400);
    expect(malformed.body).toMatchObject({
      type: 'https://lienthong.gov.vn/problems/validation-error',
      errors: [{ parameter: 'pin', detail: 'pin must be exactly 12 digits' }],
    });
    await request(http(first))
      .get('/v1/households/bad%20id')
      .expect(400)
      .expect((response) => expect(response.body).toMatchObject({ errors: [{ parameter: 'id' }] }));

    await first.close();
    apps.splice(0);
    const second = await boot(database);
    await untilReady(second);
    expect(await counts(database.url)).toEqual({ households: 2, residents: 5 });
    await request(http(second)).get('/v1/residents/079085000001').expect(200);
  });

  it('loads the seed only once when two replicas start together on an empty register', async () => {
    const database = await newDatabase();
    const [a, b] = await Promise.all([boot(database), boot(database)]);
    await Promise.all([untilReady(a), untilReady(b)]);

    expect(await counts(database.url)).toEqual({ households: 2, residents: 5 });
  });

  it('loads the default seed file (1,202 households, the demo families among them) within a few seconds', async () => {
    const database = await newDatabase();
    const logLines: string[] = [];
    const defaultFile = path.join(
      REPO_ROOT,
      'apps/residence-service/seed/population-register.seed.json',
    );
    const app = await boot(database, defaultFile, logLines);
    await untilReady(app);

    expect(await counts(database.url)).toEqual({ households: 1202, residents: 5147 });
    const loaded = logLines
      .map((line) => JSON.parse(line) as { msg: string; durationMs?: number })
      .find((line) => line.msg === 'population register loaded from the seed file');
    expect(loaded?.durationMs).toBeLessThan(3000);
    // Reported by the README of the seed folder.
    process.stdout.write(`default seed loaded in ${loaded?.durationMs} ms\n`);
    // Logs never carry PINs or names.
    const seed = JSON.parse(readFileSync(defaultFile, 'utf8')) as PopulationSeed;
    const head = seed.households[0].members[0];
    expect(logLines.join('')).not.toContain(head.pin);
    expect(logLines.join('')).not.toContain(head.fullName);
  });

  it('refuses to start with an invalid seed file, naming every problem', async () => {
    const database = await newDatabase();
    const bad = path.join(dir, 'bad.json');
    const invalid = structuredClone(SEED);
    invalid.households[0].members[0].sex = 'male';
    invalid.residents[0].dateOfBirth = '2999-01-01';
    writeFileSync(bad, JSON.stringify(invalid));

    const failure = boot(database, bad);

    await expect(failure).rejects.toBeInstanceOf(PopulationSeedFileError);
    await expect(failure).rejects.toMatchObject({
      problems: [
        { pointer: '/households/0/members/0/pin', reason: 'its sex digit does not agree with sex' },
        { pointer: '/residents/0/dateOfBirth', reason: 'is in the future' },
        {
          pointer: '/residents/0/pin',
          reason: 'its century and year digits do not agree with dateOfBirth',
        },
      ],
    });
  });

  it('exits 1 with one fatal log line listing the problems when main.ts is given an invalid seed', async () => {
    const bad = path.join(dir, 'bad-main.json');
    writeFileSync(bad, JSON.stringify({ households: [{ id: 'HK-1' }], residents: [] }));
    const database = await newDatabase();

    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>(
      (resolve, reject) => {
        const child = spawn(
          process.execPath,
          [path.join(REPO_ROOT, 'tools/run-ts.js'), 'apps/residence-service/src/main.ts'],
          {
            cwd: REPO_ROOT,
            env: {
              PATH: process.env.PATH,
              PORT: '0',
              LOG_LEVEL: 'info',
              DATABASE_URL: database.url,
              KAFKA_BROKERS: kafkaBrokers().join(','),
              RESIDENCE_SEED_FILE: bad,
            },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (exitCode) => resolve({ code: exitCode, stdout: out }));
      },
    );

    expect(code).toBe(1);
    const fatal = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: string; msg: string; err?: { message: string } })
      .filter((line) => line.level === 'fatal');
    expect(fatal).toHaveLength(1);
    expect(fatal[0].err?.message).toContain('is invalid: 4 problem(s): ');
    for (const field of ['provinceCode', 'communeCode', 'address', 'members']) {
      expect(fatal[0].err?.message).toContain(`/households/0/${field} is required`);
    }
    expect(stdout).not.toContain('"listening"');
  });
});
