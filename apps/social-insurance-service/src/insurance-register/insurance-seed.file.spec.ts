import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InsuranceSeedFileError, readInsuranceSeedFile } from './insurance-seed.file';

// How a seed file is read and reported is `readSeedFile`'s (libs/persistence, tested there);
// this checks what the insurance register puts in: its rules, its error, its name.
describe('readInsuranceSeedFile', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'insurance-seed-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function fileWith(text: string, name = 'seed.json'): string {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  }

  it('reads a valid file', () => {
    const seed = {
      participants: [
        { pin: '079055000003', kind: 'pensioner', contributionMonths: 384, since: '2015-03-01' },
      ],
    };
    const file = fileWith(JSON.stringify(seed));

    expect(readInsuranceSeedFile(file, '2026-01-01')).toEqual(seed);
  });

  it('lists every problem on one line: the entry and field, then the reason', () => {
    const file = fileWith(
      JSON.stringify({
        participants: [
          { pin: '1', kind: 'pensioner', contributionMonths: 1, since: '2015-03-01' },
          { pin: '079055000003', kind: 'pensioner', contributionMonths: 1, since: '2027-01-01' },
        ],
      }),
    );
    const read = () => readInsuranceSeedFile(file, '2026-01-01');

    expect(read).toThrow(InsuranceSeedFileError);
    // The count is the number of problems; an equal message has no line break either.
    expect(read).toThrow(
      new Error(
        `insurance register seed file ${file} is invalid: 2 problem(s): ` +
          '/participants/0/pin must be exactly 12 digits; ' +
          '/participants/1/since is in the future',
      ),
    );
  });

  it('says when the file is missing or not JSON', () => {
    const read = (file: string) => () => readInsuranceSeedFile(file, '2026-01-01');

    expect(read(path.join(dir, 'missing.json'))).toThrow('/ cannot be read (ENOENT)');
    expect(read(fileWith('{ nope', 'bad.json'))).toThrow('/ is not valid JSON');
  });
});
