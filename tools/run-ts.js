// Runs a TypeScript entry point without a build step: SWC compiles on load (with decorator
// metadata for Nest) and tsconfig-paths style aliases resolve from tsconfig.base.json.
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node tools/run-ts.js <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(1, 1);
require(require('node:path').resolve(entry));
