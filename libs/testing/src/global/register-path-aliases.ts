import path from 'node:path';
import { loadConfig, register } from 'tsconfig-paths';

/**
 * Jest loads `globalSetup`/`globalTeardown` with Node's own `require`, outside the test runtime,
 * so the `moduleNameMapper` that resolves `@lienthong/*` in test files does not apply there. This
 * teaches Node the same aliases, from the same tsconfig, before the global hooks import them.
 * Imported for its side effect, first.
 */
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const config = loadConfig(repoRoot);
if (config.resultType === 'failed') {
  throw new Error(`Cannot read the path aliases of ${repoRoot}/tsconfig.json: ${config.message}`);
}
register({ baseUrl: config.absoluteBaseUrl, paths: config.paths, addMatchAll: false });
