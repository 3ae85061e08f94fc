import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PopulationSeedFileError, readPopulationSeedFile } from './population-seed.file';

describe('readPopulationSeedFile', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'population-seed-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function errorOf(file: string): PopulationSeedFileError {
    try {
      readPopulationSeedFile(file, '2026-01-01');
    } catch (error: unknown) {
      if (error instanceof PopulationSeedFileError) return error;
      throw error;
    }
    throw new Error('expected the seed file to be rejected');
  }

  it('reads a valid file', () => {
    const file = path.join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify({ households: [], residents: [] }));

    expect(readPopulationSeedFile(file, '2026-01-01')).toEqual({ households: [], residents: [] });
  });

  it('lists every problem on one line, pointer then reason', () => {
    const file = path.join(dir, 'seed.json');
    writeFileSync(
      file,
      JSON.stringify({
        households: [],
        residents: [
          { pin: '1', fullName: 'X', sex: 'male', dateOfBirth: '1990-01-01' },
          { pin: '001090000001', fullName: 'Y', sex: 'female', dateOfBirth: '1990-01-01' },
        ],
      }),
    );
    const error = errorOf(file);

    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(
      `population register seed file ${file} is invalid: 2 problem(s): ` +
        '/residents/0/pin must be exactly 12 digits; ' +
        '/residents/1/pin its sex digit does not agree with sex',
    );
    expect(error.message).not.toContain('\n');
  });

  it('says when the file is missing or not JSON', () => {
    const notJson = path.join(dir, 'bad.json');
    writeFileSync(notJson, '{ nope');

    expect(errorOf(path.join(dir, 'missing.json')).message).toContain('/ cannot be read (ENOENT)');
    expect(errorOf(notJson).message).toContain('/ is not valid JSON');
  });
});
