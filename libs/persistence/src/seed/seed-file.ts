import { readFileSync } from 'node:fs';
import type { SeedCheck, SeedProblem } from '@lienthong/platform';

/**
 * A register's seed file cannot be used. Its message lists every problem (pointer and reason)
 * on one line, so the one fatal boot log line says everything to fix; no value from the file is
 * quoted. Each register extends it, so its tests and logs name the register's own error.
 */
export class SeedFileError extends Error {
  /** @param register The register as messages name it, e.g. `population register`. */
  constructor(
    register: string,
    readonly file: string,
    readonly problems: readonly SeedProblem[],
  ) {
    super(
      `${register} seed file ${file} is invalid: ${problems.length} problem(s): ` +
        problems.map((problem) => `${problem.pointer || '/'} ${problem.reason}`).join('; '),
    );
    this.name = new.target.name;
  }
}

/** Input of {@link readSeedFile}. */
export interface ReadSeedFileInput<T> {
  /** Absolute path of the seed file (a relative one is taken from the working directory). */
  readonly file: string;
  /** The register's check of the parsed JSON: its schema, then its rules. */
  readonly check: (data: unknown) => SeedCheck<T>;
  /** The register's error, thrown with every problem found. */
  readonly error: new (file: string, problems: readonly SeedProblem[]) => SeedFileError;
}

/**
 * Reads, parses and checks a register's seed file at boot, before the service listens, so a bad
 * file stops the service with one readable error instead of a half-loaded register.
 * @throws the register's {@link SeedFileError} when the file cannot be read, is not JSON, or
 * fails the check.
 */
export function readSeedFile<T>({ file, check, error: SeedError }: ReadSeedFileInput<T>): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    // The code (ENOENT, EACCES) says what to fix; the message would repeat the path.
    const code = (error as { code?: unknown }).code;
    throw new SeedError(file, [
      { pointer: '', reason: `cannot be read (${typeof code === 'string' ? code : 'error'})` },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the error, which may be personal data.
    throw new SeedError(file, [{ pointer: '', reason: 'is not valid JSON' }]);
  }
  const result = check(data);
  if (!result.ok) throw new SeedError(file, result.problems);
  return result.seed;
}
