import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InsuranceSeedFileError, readInsuranceSeedFile } from './insurance-seed.file';

describe('readInsuranceSeedFile', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'insurance-seed-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function errorOf(file: string): InsuranceSeedFileError {
    try {
      readInsuranceSeedFile(file, '2026-01-01');
    } catch (error: unknown) {
      if (error instanceof InsuranceSeedFileError) return error;
      throw error;
    }
    throw new Error('expected the seed file to be rejected');
  }

  it('reads a valid file', () => {
    const file = path.join(dir, 'seed.json');
    const seed = {
      participants: [
        { pin: '079055000003', kind: 'pensioner', contributionMonths: 384, since: '2015-03-01' },
      ],
    };
    writeFileSync(file, JSON.stringify(seed));

    expect(readInsuranceSeedFile(file, '2026-01-01')).toEqual(seed);
  });

  it('lists every problem on one line: the entry and field, then the reason', () => {
    const file = path.join(dir, 'seed.json');
    writeFileSync(
      file,
      JSON.stringify({
        participants: [
          { pin: '1', kind: 'pensioner', contributionMonths: 1, since: '2015-03-01' },
          { pin: '079055000003', kind: 'pensioner', contributionMonths: 1, since: '2027-01-01' },
        ],
      }),
    );
    const error = errorOf(file);

    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(
      `insurance register seed file ${file} is invalid: 2 problem(s): ` +
        '/participants/0/pin must be exactly 12 digits; ' +
        '/participants/1/since is in the future',
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
