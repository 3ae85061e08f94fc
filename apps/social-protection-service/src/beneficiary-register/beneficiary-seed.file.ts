import { readFileSync } from 'node:fs';
import type { BeneficiarySeed } from './domain/beneficiary-seed.schema';
import { type SeedProblem, validateBeneficiarySeed } from './domain/validate-beneficiary-seed.util';

/**
 * The seed file cannot be used. Its message lists every problem (pointer and reason) on one
 * line, so the one fatal boot log line says everything to fix; no value from the file is quoted.
 */
export class BeneficiarySeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly SeedProblem[],
  ) {
    super(
      `beneficiary register seed file ${file} is invalid: ${problems.length} problem(s): ` +
        problems.map((problem) => `${problem.pointer || '/'} ${problem.reason}`).join('; '),
    );
    this.name = 'BeneficiarySeedFileError';
  }
}

/**
 * Reads and validates the seed file at boot, before the service listens. `today` (`yyyy-mm-dd`,
 * Asia/Ho_Chi_Minh) is the day after which no `since` may fall.
 * @throws BeneficiarySeedFileError when it cannot be read, is not JSON, or breaks any rule.
 */
export function readBeneficiarySeedFile(file: string, today: string): BeneficiarySeed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    const code = (error as { code?: unknown }).code;
    throw new BeneficiarySeedFileError(file, [
      { pointer: '', reason: `cannot be read (${typeof code === 'string' ? code : 'error'})` },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BeneficiarySeedFileError(file, [{ pointer: '', reason: 'is not valid JSON' }]);
  }
  const result = validateBeneficiarySeed({ data, today });
  if (!result.ok) throw new BeneficiarySeedFileError(file, result.problems);
  return result.seed;
}
