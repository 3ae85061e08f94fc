import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { LogCapture } from '../../test/log-capture';
import { startSampleApp, validSampleBody } from '../../test/sample-app.fixture';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// nestjs-pino keeps one out-of-request logger per process: one app for the whole file.
describe('correlation id over HTTP', () => {
  let app: NestExpressApplication;
  let logs: LogCapture;

  beforeAll(async () => {
    ({ app, logs } = await startSampleApp());
  });

  afterAll(async () => {
    await app.close();
  });

  function linesFor(correlationId: string): Record<string, unknown>[] {
    return logs.lines().filter((line) => line.correlationId === correlationId);
  }

  it('echoes the caller id in the response header', async () => {
    const res = await request(app.getHttpServer())
      .get('/v1/samples/1')
      .set('X-Correlation-Id', 'portal-7f3a');

    expect(res.headers['x-correlation-id']).toBe('portal-7f3a');
  });

  it('generates a UUIDv4 when the caller sends none', async () => {
    const res = await request(app.getHttpServer()).get('/v1/samples/1');

    expect(res.headers['x-correlation-id']).toMatch(UUID_V4);
  });

  it('replaces an unsafe caller id with a UUIDv4', async () => {
    const res = await request(app.getHttpServer())
      .get('/v1/samples/1')
      .set('X-Correlation-Id', 'a b"c');

    expect(res.headers['x-correlation-id']).toMatch(UUID_V4);
  });

  it('puts the id on the handler log line and on the request log line', async () => {
    await request(app.getHttpServer())
      .post('/v1/samples')
      .set('X-Correlation-Id', 'corr-log-1')
      .send(validSampleBody());

    expect(linesFor('corr-log-1')).toEqual([
      expect.objectContaining({ msg: 'sample created', service: 'sample-service' }),
      expect.objectContaining({
        msg: 'request completed',
        level: 'info',
        method: 'POST',
        route: '/v1/samples',
        status: 201,
        durationMs: expect.any(Number) as unknown,
      }),
    ]);
  });

  it('logs the route template, never the raw URL or the body', async () => {
    await request(app.getHttpServer())
      .get('/v1/samples/001204000001?pin=001204000001')
      .set('X-Correlation-Id', 'corr-log-2');

    const [line] = linesFor('corr-log-2');
    expect(line).toMatchObject({ route: '/v1/samples/:id', status: 200 });
    expect(JSON.stringify(line)).not.toContain('001204000001');
  });

  it('logs a request that failed while reading its body', async () => {
    await request(app.getHttpServer())
      .post('/v1/samples')
      .set('X-Correlation-Id', 'corr-log-3')
      .set('Content-Type', 'application/json')
      .send('{');

    expect(linesFor('corr-log-3')).toEqual([
      expect.objectContaining({ msg: 'request completed', status: 400, route: 'unmatched' }),
    ]);
  });

  it('does not log health and metrics requests', async () => {
    for (const path of ['/health/live', '/health/ready', '/metrics']) {
      await request(app.getHttpServer()).get(path).set('X-Correlation-Id', 'corr-ops');
    }

    expect(linesFor('corr-ops')).toEqual([]);
  });
});
