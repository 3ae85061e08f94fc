import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The monorepo root: the nearest directory at or above `from` that holds `nx.json`.
 *
 * Found by walking up rather than by a fixed `../../..` so the code keeps working when it is run
 * from jest, from `tools/run-ts.js` or from a moved file.
 */
export function findRepoRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, 'nx.json')) && existsSync(path.join(dir, 'package.json'))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`No repository root (a directory with nx.json) above ${from}`);
    }
    dir = parent;
  }
}
