import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE } from '../problem/problem-types';

/** Where the Swagger UI is served; the JSON document is at `/docs-json`. */
export const OPENAPI_PATH = 'docs';

/**
 * The version of the nearest `package.json` above this file: the repository's, since apps and
 * libs have none of their own. Read at run time because a lib may not import files outside it.
 */
export function repositoryVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const { version } = JSON.parse(readFileSync(candidate, 'utf8')) as { version?: unknown };
      return typeof version === 'string' ? version : '0.0.0';
    }
    if (dirname(dir) === dir) {
      return '0.0.0';
    }
  }
}

/**
 * Serves the OpenAPI document of the application's controllers at `/docs`, titled by service and
 * versioned like the repository (`package.json`). Operations document their errors with
 * `@ApiProblemResponses(...)`.
 */
export function setupOpenApi(app: INestApplication, serviceName: string): void {
  const config = new DocumentBuilder()
    .setTitle(serviceName)
    .setVersion(repositoryVersion())
    .setDescription(
      `Errors are ${PROBLEM_CONTENT_TYPE} (RFC 9457) with types under ${PROBLEM_TYPE_BASE}; ` +
        'every response carries X-Correlation-Id. See docs/api-conventions.md.',
    )
    .build();
  SwaggerModule.setup(OPENAPI_PATH, app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: `${OPENAPI_PATH}-json`,
  });
}
