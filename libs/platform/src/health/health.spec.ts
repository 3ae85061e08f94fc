import { Module, type OnModuleInit } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { PlatformModule } from '../bootstrap/platform.module';
import { createTestApp } from '../bootstrap/create-test-app';
import { AppLifecycle } from '../lifecycle/app-lifecycle';
import { HealthRegistry } from './health.registry';

/** Checks a test switches between passing and failing. */
class Dependencies {
  databaseDown?: string;
  kafkaHangs = false;
}

const dependencies = new Dependencies();

/** Registers its checks the way persistence and messaging do. */
@Module({ imports: [PlatformModule.forService({ serviceName: 'health-sample' })] })
class CheckedModule implements OnModuleInit {
  constructor(private readonly health: HealthRegistry) {}

  onModuleInit(): void {
    this.health.register('database', async () => {
      if (dependencies.databaseDown !== undefined) {
        throw new Error(dependencies.databaseDown);
      }
      return Promise.resolve();
    });
    this.health.register(
      'kafka',
      () => (dependencies.kafkaHangs ? new Promise<void>(() => undefined) : Promise.resolve()),
      { timeoutMs: 50 },
    );
  }
}

describe('health', () => {
  let app: NestExpressApplication;

  beforeEach(async () => {
    dependencies.databaseDown = undefined;
    dependencies.kafkaHangs = false;
    app = await createTestApp({ module: CheckedModule });
  });

  afterEach(async () => {
    await app.close();
  });

  it('answers live with 200 while the process runs', async () => {
    const res = await request(app.getHttpServer()).get('/health/live');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok' });
  });

  it('answers ready with 200 when every registered check passes', async () => {
    const res = await request(app.getHttpServer()).get('/health/ready');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, kafka: { status: 'up' } },
    });
  });

  it('answers ready with 503 and the reason of each failing check', async () => {
    dependencies.databaseDown = 'connection refused';
    dependencies.kafkaHangs = true;

    const res = await request(app.getHttpServer()).get('/health/ready');

    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({
      status: 'error',
      error: {
        database: { status: 'down', message: 'connection refused' },
        kafka: { status: 'down', message: 'no answer within 50 ms' },
      },
    });
  });

  it('answers ready with 200 again once the check recovers', async () => {
    dependencies.databaseDown = 'connection refused';
    await request(app.getHttpServer()).get('/health/ready');
    dependencies.databaseDown = undefined;

    const res = await request(app.getHttpServer()).get('/health/ready');

    expect(res.status).toBe(200);
  });

  it('answers ready with 503 as soon as shutdown begins, while live stays 200', async () => {
    app.get(AppLifecycle).beginShutdown();

    const ready = await request(app.getHttpServer()).get('/health/ready');
    const live = await request(app.getHttpServer()).get('/health/live');

    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      error: { lifecycle: { status: 'down', message: 'shutting down' } },
    });
    expect(live.status).toBe(200);
  });

  it('refuses a second check under a name already taken', () => {
    const registry = app.get(HealthRegistry);

    expect(() => registry.register('database', () => Promise.resolve())).toThrow(
      'A readiness check named "database" is already registered',
    );
  });
});
