import { readStackConfig } from './stack-config';

const REPO = '/repo';

describe('readStackConfig', () => {
  it('starts Kafka on 9092/9093 and PostgreSQL on 55432 in .local/ by default', () => {
    const sut = readStackConfig({}, REPO);
    expect(sut.kafka).toEqual({
      kind: 'local',
      port: 9092,
      controllerPort: 9093,
      dataDir: '/repo/.local/kafka',
    });
    expect(sut.postgres).toEqual({ kind: 'local', port: 55432, dataDir: '/repo/.local/postgres' });
    expect(sut.services.map((s) => [s.service.name, s.port])).toEqual([
      ['dossier-service', 3000],
      ['civil-status-service', 3001],
      ['residence-service', 3002],
      ['social-insurance-service', 3003],
      ['payment-service', 3004],
      ['notification-service', 3005],
      ['social-protection-service', 3006],
    ]);
    expect(sut.services[0].logFile).toBe('/repo/.local/logs/dossier-service.log');
  });

  it('moves the servers with KAFKA_PORT, KAFKA_CONTROLLER_PORT and POSTGRES_PORT', () => {
    const sut = readStackConfig(
      { KAFKA_PORT: '19092', KAFKA_CONTROLLER_PORT: '19093', POSTGRES_PORT: '15432' },
      REPO,
    );
    expect(sut.kafka).toMatchObject({ port: 19092, controllerPort: 19093 });
    expect(sut.postgres).toMatchObject({ port: 15432 });
  });

  it('uses the given Kafka and PostgreSQL when KAFKA_BROKERS and DATABASE_URL are set', () => {
    const sut = readStackConfig(
      { KAFKA_BROKERS: 'k1:9092, k2:9092', DATABASE_URL: 'postgres://u:p@db:5432/postgres' },
      REPO,
    );
    expect(sut.kafka).toEqual({ kind: 'external', brokers: ['k1:9092', 'k2:9092'] });
    expect(sut.postgres).toEqual({ kind: 'external', adminUrl: 'postgres://u:p@db:5432/postgres' });
  });

  it("lets one service's database URL and port be overridden alone", () => {
    const sut = readStackConfig(
      { CIVIL_STATUS_DATABASE_URL: 'postgres://x/civil', CIVIL_STATUS_SERVICE_PORT: '4001' },
      REPO,
    );
    const civil = sut.services.find((s) => s.service.name === 'civil-status-service');
    expect(civil).toMatchObject({ databaseUrlOverride: 'postgres://x/civil', port: 4001 });
    expect(sut.services[0].databaseUrlOverride).toBeUndefined();
    expect(sut.postgres.kind).toBe('local');
  });

  it('starts no PostgreSQL when every service brings its own database', () => {
    const env = {
      DOSSIER_DATABASE_URL: 'postgres://a',
      CIVIL_STATUS_DATABASE_URL: 'postgres://b',
      RESIDENCE_DATABASE_URL: 'postgres://c',
      SOCIAL_INSURANCE_DATABASE_URL: 'postgres://d',
      PAYMENT_DATABASE_URL: 'postgres://e',
      NOTIFICATION_DATABASE_URL: 'postgres://f',
      SOCIAL_PROTECTION_DATABASE_URL: 'postgres://g',
    };
    expect(readStackConfig(env, REPO).postgres).toEqual({ kind: 'none' });
  });

  it('refuses a port that is not a number, before starting anything', () => {
    expect(() => readStackConfig({ POSTGRES_PORT: 'five' }, REPO)).toThrow(
      'POSTGRES_PORT=five is not a TCP port number',
    );
  });
});
