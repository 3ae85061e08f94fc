import type { NestExpressApplication } from '@nestjs/platform-express';
import { Counter } from 'prom-client';
import request from 'supertest';
import { SampleAppModule } from '../../test/sample-app.fixture';
import { createTestApp } from '../bootstrap/create-test-app';
import { MetricsService } from './metrics.service';

/** The value of the sample of `name` carrying all `labels` (in any order), if scraped. */
function sampleValue(
  text: string,
  name: string,
  labels: Record<string, string>,
): number | undefined {
  const line = text
    .split('\n')
    .filter((candidate) => candidate.startsWith(`${name}{`))
    .find((candidate) =>
      Object.entries(labels).every(([label, value]) => candidate.includes(`${label}="${value}"`)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('metrics', () => {
  let app: NestExpressApplication;

  beforeEach(async () => {
    app = await createTestApp({ module: SampleAppModule });
  });

  afterEach(async () => {
    await app.close();
  });

  async function scrape(target: NestExpressApplication = app): Promise<request.Response> {
    return request(target.getHttpServer()).get('/metrics');
  }

  it('serves the Prometheus text format', async () => {
    const res = await scrape();

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.text).toContain('# TYPE process_cpu_user_seconds_total counter');
  });

  it('records request durations by method, route template and status', async () => {
    await request(app.getHttpServer()).get('/v1/samples/42');
    await request(app.getHttpServer()).get('/v1/samples/43');

    const res = await scrape();

    const labels = { method: 'GET', route: '/v1/samples/:id', status: '200' };
    expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(
      sampleValue(res.text, 'http_request_duration_seconds_bucket', { le: '+Inf', ...labels }),
    ).toBe(2);
    expect(sampleValue(res.text, 'http_request_duration_seconds_count', labels)).toBe(2);
    expect(sampleValue(res.text, 'http_requests_total', labels)).toBe(2);
  });

  it('labels requests that matched no route as unmatched, not by their URL', async () => {
    await request(app.getHttpServer()).get('/v1/nowhere/001204000001');

    const res = await scrape();

    expect(
      sampleValue(res.text, 'http_requests_total', { route: 'unmatched', status: '404' }),
    ).toBe(1);
    expect(res.text).not.toContain('001204000001');
  });

  it('does not time scrapes and probes', async () => {
    await request(app.getHttpServer()).get('/health/live');
    await scrape();

    const res = await scrape();

    expect(res.text).not.toMatch(/route="\/(metrics|health)/);
  });

  it('gives each application its own registry, open to other libs', async () => {
    const other = await createTestApp({ module: SampleAppModule });
    const jobs = new Counter({
      name: 'sample_jobs_total',
      help: 'Jobs done by a lib of this app.',
      registers: [app.get(MetricsService).registry],
    });
    jobs.inc(3);

    const [mine, theirs] = await Promise.all([scrape(), scrape(other)]);
    await other.close();

    expect(mine.text).toContain('sample_jobs_total{service="sample-service"} 3');
    expect(theirs.text).not.toContain('sample_jobs_total');
  });
});
