import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { SampleAppModule } from '../../test/sample-app.fixture';
import { createTestApp } from '../bootstrap/create-test-app';
import { repositoryVersion } from './setup-openapi';

interface OpenApiDocument {
  info: { title: string; version: string };
  paths: Record<string, Record<string, { 'x-required-scopes'?: string[] }>>;
}

describe('OpenAPI', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp({ module: SampleAppModule });
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves the document titled by service and versioned like the repository', async () => {
    const res = await request(app.getHttpServer()).get('/docs-json');

    const document = res.body as OpenApiDocument;
    expect(res.status).toBe(200);
    expect(document.info).toMatchObject({ title: 'sample-service', version: repositoryVersion() });
    expect(repositoryVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/v1/samples', '/v1/samples/{id}', '/health/live', '/health/ready']),
    );
  });

  it('shows the scopes each operation declares', async () => {
    const res = await request(app.getHttpServer()).get('/docs-json');

    const { paths } = res.body as OpenApiDocument;
    expect(paths['/v1/samples']?.post?.['x-required-scopes']).toEqual(['sample:write']);
    expect(paths['/v1/samples']?.get?.['x-required-scopes']).toEqual(['sample:read']);
  });

  it('serves the Swagger UI at /docs', async () => {
    const res = await request(app.getHttpServer()).get('/docs/');

    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });
});
