// `npm run reset`: wipes .local/ (Kafka topics and offsets, PostgreSQL databases, logs), so the
// next `npm start` begins from nothing. Refuses while a stack, or a server it left, still runs.
// The Kafka jars in .cache/ are kept.
import { findRepoRoot, runningKafkaPid, runningPostgresPid } from '@lienthong/local-infra';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { stackPaths } from './stack-config';
import { runningStackPid } from './stack-lock';

async function main(): Promise<number> {
  const paths = stackPaths(findRepoRoot(), process.env);
  if (!existsSync(paths.localDir)) {
    console.log(`[reset] nothing to do: ${paths.localDir} does not exist`);
    return 0;
  }
  const blockers = [
    ['the stack (npm start)', await runningStackPid(paths.lockFile)],
    ['Kafka', runningKafkaPid(paths.kafkaDir)],
    ['PostgreSQL', runningPostgresPid(paths.postgresDir)],
  ] as const;
  const alive = blockers.filter(([, pid]) => pid !== undefined);
  if (alive.length > 0) {
    for (const [what, pid] of alive) {
      console.error(`[reset] ${what} is still running (pid ${pid})`);
    }
    console.error('[reset] refusing to delete its data: stop it first (Ctrl-C in its terminal).');
    return 1;
  }
  await rm(paths.localDir, { recursive: true, force: true });
  console.log(`[reset] removed ${paths.localDir}; the next \`npm start\` starts from empty`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[reset] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
