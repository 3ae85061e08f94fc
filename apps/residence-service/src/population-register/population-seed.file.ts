import { readFileSync } from 'node:fs';
import type { PopulationSeed } from './domain/population-seed.schema';
import { type SeedProblem, validatePopulationSeed } from './domain/validate-population-seed.util';

/**
 * The seed file cannot be used. Its message lists every problem (pointer and reason) on one
 * line, so the one fatal boot log line says everything to fix; no value from the file is quoted.
 */
export class PopulationSeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly SeedProblem[],
  ) {
    super(
      `population register seed file ${file} is invalid: ${problems.length} problem(s): ` +
        problems.map((problem) => `${problem.pointer || '/'} ${problem.reason}`).join('; '),
    );
    this.name = 'PopulationSeedFileError';
  }
}

/**
 * Reads and validates the seed file at boot, before the service listens. `today` (`yyyy-mm-dd`,
 * Asia/Ho_Chi_Minh) is the day after which no date of birth may fall.
 * @throws PopulationSeedFileError when it cannot be read, is not JSON, or breaks any rule.
 */
export function readPopulationSeedFile(file: string, today: string): PopulationSeed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    const code = (error as { code?: unknown }).code;
    throw new PopulationSeedFileError(file, [
      { pointer: '', reason: `cannot be read (${typeof code === 'string' ? code : 'error'})` },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PopulationSeedFileError(file, [{ pointer: '', reason: 'is not valid JSON' }]);
  }
  const result = validatePopulationSeed({ data, today });
  if (!result.ok) throw new PopulationSeedFileError(file, result.problems);
  return result.seed;
}
