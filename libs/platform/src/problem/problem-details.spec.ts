import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { LogCapture } from '../../test/log-capture';
import { LEAKY_MESSAGE, startSampleApp, validSampleBody } from '../../test/sample-app.fixture';
import { INTERNAL_ERROR_DETAIL } from './problem-details.filter';

const PROBLEM_JSON = /^application\/problem\+json/;
const BASE = 'https://lienthong.gov.vn/problems/';

describe('problem details', () => {
  let app: NestExpressApplication;
  let logs: LogCapture;

  beforeAll(async () => {
    ({ app, logs } = await startSampleApp({ HTTP_BODY_LIMIT_BYTES: '1024' }));
  });

  afterAll(async () => {
    await app.close();
  });

  it('accepts a valid body and hands the handler a DTO', async () => {
    const res = await request(app.getHttpServer()).post('/v1/samples').send(validSampleBody());

    expect(res.status).toBe(201);
    expect(res.body).toEqual({ received: validSampleBody() });
  });

  it('lists every invalid field by JSON pointer, nested and unknown ones included', async () => {
    const res = await request(app.getHttpServer())
      .post('/v1/samples')
      .send({
        data: { child: { fullName: '', dateOfBirth: '01/05/2024', nickname: 'An' }, 'a/b~c': 1 },
        extra: true,
      });

    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.body).toMatchObject({
      type: `${BASE}validation-error`,
      title: 'The request is not valid',
      status: 400,
      instance: '/v1/samples',
      correlationId: res.headers['x-correlation-id'],
    });
    const errors = (res.body as { errors: { pointer: string; detail: string }[] }).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { pointer: '/extra', detail: 'is not an accepted field' },
        { pointer: '/data/a~1b~0c', detail: 'is not an accepted field' },
        { pointer: '/data/child/nickname', detail: 'is not an accepted field' },
        { pointer: '/data/child/fullName', detail: 'fullName should not be empty' },
        {
          pointer: '/data/child/dateOfBirth',
          detail: 'dateOfBirth must be a valid ISO 8601 date string',
        },
      ]),
    );
    expect(errors).toHaveLength(5);
  });

  it('points at the missing nested object when it is absent', async () => {
    const res = await request(app.getHttpServer()).post('/v1/samples').send({ data: {} });

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      errors: [{ pointer: '/data/child', detail: expect.any(String) as unknown }],
    });
  });

  it('names an invalid query parameter instead of a body pointer', async () => {
    const res = await request(app.getHttpServer()).get('/v1/samples?limit=500');

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      type: `${BASE}validation-error`,
      errors: [{ parameter: 'limit', detail: 'limit must not be greater than 100' }],
    });
  });

  it('answers malformed JSON with 400 and a detail that does not echo the body', async () => {
    const res = await request(app.getHttpServer())
      .post('/v1/samples')
      .set('Content-Type', 'application/json')
      .send('{"data": {"child": "Nguyễn Văn An"');

    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.body).toEqual({
      type: `${BASE}malformed-json`,
      title: 'The request body is not JSON',
      status: 400,
      detail: 'The request body is not valid JSON, or not an object or an array.',
      instance: '/v1/samples',
      correlationId: res.headers['x-correlation-id'],
    });
  });

  it('answers JSON nested deep enough to overflow validation with 400, not 500', async () => {
    const deep = `{"data": ${'['.repeat(100)}${']'.repeat(100)}}`;
    const res = await request(app.getHttpServer())
      .post('/v1/samples')
      .set('Content-Type', 'application/json')
      .send(deep);

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      type: `${BASE}malformed-json`,
      detail: 'The request body nests objects or arrays deeper than 64 levels.',
    });
  });

  it('answers a corrupt compressed body with 400, not 500', async () => {
    const res = await request(app.getHttpServer())
      .post('/v1/samples')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('{"not":"gzip"}');

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: `${BASE}bad-request`, status: 400 });
  });

  it('answers a body over the limit with 413', async () => {
    const res = await request(app.getHttpServer())
      .post('/v1/samples')
      .send({ data: { child: { fullName: 'x'.repeat(2000), dateOfBirth: '2024-05-01' } } });

    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      type: `${BASE}payload-too-large`,
      status: 413,
      detail: 'The request body exceeds the limit of 1 kB.',
    });
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await request(app.getHttpServer())
      .post('/v1/samples')
      .set('Content-Type', 'text/plain')
      .send('fullName=An');

    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.body).toMatchObject({ type: `${BASE}unsupported-media-type`, status: 415 });
  });

  it('accepts a +json media type as JSON', async () => {
    const res = await request(app.getHttpServer())
      .post('/v1/samples')
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify(validSampleBody()));

    expect(res.status).toBe(201);
  });

  it('answers an unknown route with 404', async () => {
    const res = await request(app.getHttpServer()).get('/v1/nowhere?pin=001204000001');

    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.body).toMatchObject({
      type: `${BASE}not-found`,
      title: 'Not found',
      status: 404,
      detail: 'No route for GET /v1/nowhere.',
      instance: '/v1/nowhere',
    });
  });

  it('answers a POST with a body to an unknown route with 404, not 415', async () => {
    const res = await request(app.getHttpServer())
      .post('/v1/nowhere')
      .set('Content-Type', 'text/plain')
      .send('x');

    expect(res.status).toBe(404);
  });

  it('answers a thrown ProblemException as given', async () => {
    const res = await request(app.getHttpServer()).get('/v1/samples/missing');

    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      type: `${BASE}sample-not-found`,
      title: 'Sample not found',
      detail: 'No sample missing.',
    });
  });

  it('answers an error that converts itself to a problem with that problem', async () => {
    const res = await request(app.getHttpServer()).get('/v1/samples/conflict');

    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ type: `${BASE}sample-conflict`, detail: 'Taken.' });
  });

  it('answers an unexpected error with a generic 500 and logs it with its stack', async () => {
    const res = await request(app.getHttpServer())
      .get('/v1/samples/boom')
      .set('X-Correlation-Id', 'boom-1');

    expect(res.status).toBe(500);
    expect(res.body).toEqual({
      type: `${BASE}internal-error`,
      title: 'Internal error',
      status: 500,
      detail: INTERNAL_ERROR_DETAIL,
      instance: '/v1/samples/boom',
      correlationId: 'boom-1',
    });
    expect(JSON.stringify(res.body)).not.toContain('s3cret');
    const logged = logs.lines().find((line) => line.msg === 'request failed');
    expect(logged).toMatchObject({ level: 'error', correlationId: 'boom-1', status: 500 });
    expect((logged?.err as { stack?: string }).stack).toContain(LEAKY_MESSAGE);
  });
});
