import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Regenerates residence-service's default population register seed
 * (`apps/residence-service/seed/population-register.seed.json`), deterministically.
 *
 * The generator lives in residence-service (it builds PINs with the service's PIN domain), and
 * tools may not import apps (Nx module boundaries), so this runs the service's writer script the
 * way `tools/stack` runs services: by path, in a child process.
 *
 * Usage: `node tools/run-ts.js tools/seed/generate-population-register.ts [output.json]`
 */
const root = path.resolve(__dirname, '..', '..');
execFileSync(
  process.execPath,
  [
    path.join(root, 'tools', 'run-ts.js'),
    path.join(root, 'apps', 'residence-service', 'seed', 'write-population-register-seed.ts'),
    ...process.argv.slice(2).map((arg) => path.resolve(arg)),
  ],
  { stdio: 'inherit', cwd: root },
);
