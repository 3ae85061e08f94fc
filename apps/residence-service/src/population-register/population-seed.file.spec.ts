import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PopulationSeedFileError, readPopulationSeedFile } from './population-seed.file';

// How a seed file is read and reported is `readSeedFile`'s (libs/persistence, tested there);
// this checks what the population register puts in: its rules, its error, its name.
describe('readPopulationSeedFile', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'population-seed-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function fileWith(text: string, name = 'seed.json'): string {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  }

  it('reads a valid file', () => {
    const file = fileWith(JSON.stringify({ households: [], residents: [] }));

    expect(readPopulationSeedFile(file, '2026-01-01')).toEqual({ households: [], residents: [] });
  });

  it('lists every problem on one line, pointer then reason', () => {
    const file = fileWith(
      JSON.stringify({
        households: [],
        residents: [
          { pin: '1', fullName: 'X', sex: 'male', dateOfBirth: '1990-01-01' },
          { pin: '001090000001', fullName: 'Y', sex: 'female', dateOfBirth: '1990-01-01' },
        ],
      }),
    );
    const read = () => readPopulationSeedFile(file, '2026-01-01');

    expect(read).toThrow(PopulationSeedFileError);
    // The count is the number of problems; an equal message has no line break either.
    expect(read).toThrow(
      new Error(
        `population register seed file ${file} is invalid: 2 problem(s): ` +
          '/residents/0/pin must be exactly 12 digits; ' +
          '/residents/1/pin its sex digit does not agree with sex',
      ),
    );
  });

  it('says when the file is missing or not JSON', () => {
    const read = (file: string) => () => readPopulationSeedFile(file, '2026-01-01');

    expect(read(path.join(dir, 'missing.json'))).toThrow('/ cannot be read (ENOENT)');
    expect(read(fileWith('{ nope', 'bad.json'))).toThrow('/ is not valid JSON');
  });
});
