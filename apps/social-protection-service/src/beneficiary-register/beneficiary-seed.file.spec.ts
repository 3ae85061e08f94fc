import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BeneficiarySeedFileError, readBeneficiarySeedFile } from './beneficiary-seed.file';

// How a seed file is read and reported is `readSeedFile`'s (libs/persistence, tested there);
// this checks what the beneficiary register puts in: its rules, its error, its name.
describe('readBeneficiarySeedFile', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'beneficiary-seed-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function fileWith(text: string, name = 'seed.json'): string {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  }

  it('reads a valid file', () => {
    const seed = { beneficiaries: [{ pin: '079158000005', since: '2020-01-01' }] };
    const file = fileWith(JSON.stringify(seed));

    expect(readBeneficiarySeedFile(file, '2026-01-01')).toEqual(seed);
  });

  it('lists every problem on one line, pointer then reason', () => {
    const file = fileWith(
      JSON.stringify({
        beneficiaries: [
          { pin: '1', since: '2020-01-01' },
          { pin: '079158000005', since: '2026-01-02' },
        ],
      }),
    );
    const read = () => readBeneficiarySeedFile(file, '2026-01-01');

    expect(read).toThrow(BeneficiarySeedFileError);
    // The count is the number of problems; an equal message has no line break either.
    expect(read).toThrow(
      new Error(
        `beneficiary register seed file ${file} is invalid: 2 problem(s): ` +
          '/beneficiaries/0/pin must be 12 digits with a sex-and-century digit from 0 to 5; ' +
          '/beneficiaries/1/since is in the future',
      ),
    );
  });

  it('says when the file is missing or not JSON', () => {
    const read = (file: string) => () => readBeneficiarySeedFile(file, '2026-01-01');

    expect(read(path.join(dir, 'missing.json'))).toThrow('/ cannot be read (ENOENT)');
    expect(read(fileWith('{ nope', 'bad.json'))).toThrow('/ is not valid JSON');
  });
});
