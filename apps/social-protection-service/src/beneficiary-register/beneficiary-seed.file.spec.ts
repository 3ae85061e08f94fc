import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BeneficiarySeedFileError, readBeneficiarySeedFile } from './beneficiary-seed.file';

describe('readBeneficiarySeedFile', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'beneficiary-seed-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function errorOf(file: string): BeneficiarySeedFileError {
    try {
      readBeneficiarySeedFile(file, '2026-01-01');
    } catch (error: unknown) {
      if (error instanceof BeneficiarySeedFileError) return error;
      throw error;
    }
    throw new Error('expected the seed file to be rejected');
  }

  it('reads a valid file', () => {
    const file = path.join(dir, 'seed.json');
    const seed = { beneficiaries: [{ pin: '079158000005', since: '2020-01-01' }] };
    writeFileSync(file, JSON.stringify(seed));

    expect(readBeneficiarySeedFile(file, '2026-01-01')).toEqual(seed);
  });

  it('lists every problem on one line, pointer then reason', () => {
    const file = path.join(dir, 'seed.json');
    writeFileSync(
      file,
      JSON.stringify({
        beneficiaries: [
          { pin: '1', since: '2020-01-01' },
          { pin: '079158000005', since: '2026-01-02' },
        ],
      }),
    );
    const error = errorOf(file);

    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(
      `beneficiary register seed file ${file} is invalid: 2 problem(s): ` +
        '/beneficiaries/0/pin must be 12 digits with a sex-and-century digit from 0 to 5; ' +
        '/beneficiaries/1/since is in the future',
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
