import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SeedCheck, SeedProblem } from '@lienthong/platform';
import { readSeedFile, SeedFileError } from './seed-file';

class TestSeedFileError extends SeedFileError {
  constructor(file: string, problems: readonly SeedProblem[]) {
    super('test register', file, problems);
  }
}

interface TestSeed {
  readonly names: string[];
}

/** Accepts `{ names: [...] }`; reports each empty name. */
function checkTestSeed(data: unknown): SeedCheck<TestSeed> {
  const names = (data as Partial<TestSeed>).names ?? [];
  const problems = names.flatMap((name, index): SeedProblem[] =>
    name === '' ? [{ pointer: `/names/${index}`, reason: 'must not be empty' }] : [],
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, seed: { names } };
}

describe('readSeedFile', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'seed-file-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function fileWith(text: string): string {
    const file = path.join(dir, 'seed.json');
    writeFileSync(file, text);
    return file;
  }

  function read(file: string): TestSeed {
    return readSeedFile({ file, check: checkTestSeed, error: TestSeedFileError });
  }

  function errorOf(file: string): TestSeedFileError {
    try {
      read(file);
    } catch (error: unknown) {
      if (error instanceof TestSeedFileError) return error;
      throw error;
    }
    throw new Error('expected the seed file to be rejected');
  }

  it('returns the seed the check accepts', () => {
    expect(read(fileWith('{ "names": ["An"] }'))).toEqual({ names: ['An'] });
  });

  it("throws the register's own error, listing every problem on one line, pointer then reason", () => {
    const file = fileWith('{ "names": ["", "An", ""] }');
    const error = errorOf(file);

    expect(error).toBeInstanceOf(SeedFileError);
    expect(error.name).toBe('TestSeedFileError');
    expect(error.file).toBe(file);
    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(
      `test register seed file ${file} is invalid: 2 problem(s): ` +
        '/names/0 must not be empty; /names/2 must not be empty',
    );
  });

  it('says when the file cannot be read, by its error code', () => {
    const file = path.join(dir, 'missing.json');

    expect(errorOf(file).message).toBe(
      `test register seed file ${file} is invalid: 1 problem(s): / cannot be read (ENOENT)`,
    );
  });

  it('says when the file is not JSON, without quoting it', () => {
    const error = errorOf(fileWith('{ "names": ["Nguyễn Văn An" '));

    expect(error.problems).toEqual([{ pointer: '', reason: 'is not valid JSON' }]);
    expect(error.message).toContain(': 1 problem(s): / is not valid JSON');
    expect(error.message).not.toContain('Nguyễn');
  });
});
