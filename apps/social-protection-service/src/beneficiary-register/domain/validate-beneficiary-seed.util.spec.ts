import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BeneficiarySeed } from './beneficiary-seed.schema';
import { type SeedProblem, validateBeneficiarySeed } from './validate-beneficiary-seed.util';

const TODAY = '2026-01-15';

function validSeed(): BeneficiarySeed {
  return {
    beneficiaries: [
      { pin: '079158000005', since: '2020-01-01' },
      { pin: '031035025075', since: '2015-04-01' },
    ],
  };
}

function problemsOf(data: unknown): readonly SeedProblem[] {
  const result = validateBeneficiarySeed({ data, today: TODAY });
  return result.ok ? [] : result.problems;
}

function edited(edit: (seed: BeneficiarySeed) => void): BeneficiarySeed {
  const seed = validSeed();
  edit(seed);
  return seed;
}

describe('validateBeneficiarySeed', () => {
  it('accepts a well-formed seed and returns it typed', () => {
    expect(validateBeneficiarySeed({ data: validSeed(), today: TODAY })).toEqual({
      ok: true,
      seed: validSeed(),
    });
  });

  it('accepts an empty register', () => {
    expect(problemsOf({ beneficiaries: [] })).toEqual([]);
  });

  it('rejects a document that is not an object', () => {
    expect(problemsOf([])).toEqual([{ pointer: '/', reason: 'must be object' }]);
  });

  it('reports every shape problem with its pointer, not only the first', () => {
    const data = {
      beneficiaries: [{ pin: 79158000005, since: '1 Jan 2020', category: 'elderly' }, {}],
      province: '079',
    };

    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        { pointer: '/province', reason: 'is not an accepted field' },
        { pointer: '/beneficiaries/0/category', reason: 'is not an accepted field' },
        { pointer: '/beneficiaries/0/pin', reason: 'must be string' },
        {
          pointer: '/beneficiaries/0/since',
          reason: expect.stringContaining('pattern') as string,
        },
        { pointer: '/beneficiaries/1/pin', reason: 'is required' },
        { pointer: '/beneficiaries/1/since', reason: 'is required' },
      ]),
    );
  });

  it('requires the beneficiaries list', () => {
    expect(problemsOf({})).toEqual([{ pointer: '/beneficiaries', reason: 'is required' }]);
  });

  it.each([['07915800000'], ['07915800000x'], ['079658000005']])(
    'rejects the PIN %s (not 12 digits, or a reserved sex-and-century digit)',
    (pin) => {
      const seed = edited((s) => (s.beneficiaries[1].pin = pin));

      expect(problemsOf(seed)).toEqual([
        {
          pointer: '/beneficiaries/1/pin',
          reason: 'must be 12 digits with a sex-and-century digit from 0 to 5',
        },
      ]);
    },
  );

  it('rejects a PIN listed twice, pointing at the first', () => {
    const seed = edited((s) => s.beneficiaries.push({ pin: '079158000005', since: '2021-01-01' }));

    expect(problemsOf(seed)).toEqual([
      { pointer: '/beneficiaries/2/pin', reason: 'duplicates the PIN at /beneficiaries/0/pin' },
    ]);
  });

  it('rejects a since date that is not a real date', () => {
    const seed = edited((s) => (s.beneficiaries[0].since = '2021-02-29'));

    expect(problemsOf(seed)).toEqual([
      { pointer: '/beneficiaries/0/since', reason: 'is not a real calendar date' },
    ]);
  });

  it('rejects a since date in the future, and accepts today', () => {
    const future = edited((s) => (s.beneficiaries[0].since = '2026-01-16'));
    const today = edited((s) => (s.beneficiaries[0].since = TODAY));

    expect(problemsOf(future)).toEqual([
      { pointer: '/beneficiaries/0/since', reason: 'is in the future' },
    ]);
    expect(problemsOf(today)).toEqual([]);
  });

  it('rejects a since date before the year of birth the PIN encodes, and accepts that year', () => {
    const before = edited((s) => (s.beneficiaries[0].since = '1957-12-31'));
    const birthYear = edited((s) => (s.beneficiaries[0].since = '1958-01-01'));

    expect(problemsOf(before)).toEqual([
      { pointer: '/beneficiaries/0/since', reason: 'is before the year of birth in the PIN' },
    ]);
    expect(problemsOf(birthYear)).toEqual([]);
  });

  it('never quotes a value from the file in a problem', () => {
    const seed = edited((s) => {
      s.beneficiaries[0].since = '1900-01-01';
      s.beneficiaries.push({ ...s.beneficiaries[1] });
    });
    const text = JSON.stringify(problemsOf(seed));

    expect(problemsOf(seed)).toHaveLength(2);
    expect(text).not.toContain('079158000005');
    expect(text).not.toContain('031035025075');
  });

  it('accepts the committed default seed file, which has Le Thi Hoa but not Nguyen Van Binh or Do Van Nam', () => {
    const file = path.join(__dirname, '../../../seed/beneficiaries.seed.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as BeneficiarySeed;

    expect(problemsOf(data)).toEqual([]);
    const pins = data.beneficiaries.map((beneficiary) => beneficiary.pin);
    expect(pins).toContain('079158000005');
    expect(pins).not.toContain('079055000003');
    expect(pins).not.toContain('079092000006');
  });
});
