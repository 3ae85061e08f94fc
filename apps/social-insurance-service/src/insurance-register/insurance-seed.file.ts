import { readFileSync } from 'node:fs';
import type { InsuranceSeed } from './domain/insurance-seed.schema';
import { type SeedProblem, validateInsuranceSeed } from './domain/validate-insurance-seed.util';

/**
 * The seed file cannot be used. Its message lists every problem (pointer and reason) on one
 * line, so the one fatal boot log line says everything to fix; no value from the file is quoted.
 */
export class InsuranceSeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly SeedProblem[],
  ) {
    super(
      `insurance register seed file ${file} is invalid: ${problems.length} problem(s): ` +
        problems.map((problem) => `${problem.pointer || '/'} ${problem.reason}`).join('; '),
    );
    this.name = 'InsuranceSeedFileError';
  }
}

/**
 * Reads and validates the seed file at boot, before the service listens. `today` (`yyyy-mm-dd`,
 * Asia/Ho_Chi_Minh) is the day after which no `since` may fall.
 * @throws InsuranceSeedFileError when it cannot be read, is not JSON, or breaks any rule.
 */
export function readInsuranceSeedFile(file: string, today: string): InsuranceSeed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    const code = (error as { code?: unknown }).code;
    throw new InsuranceSeedFileError(file, [
      { pointer: '', reason: `cannot be read (${typeof code === 'string' ? code : 'error'})` },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InsuranceSeedFileError(file, [{ pointer: '', reason: 'is not valid JSON' }]);
  }
  const result = validateInsuranceSeed({ data, today });
  if (!result.ok) throw new InsuranceSeedFileError(file, result.problems);
  return result.seed;
}
