import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PopulationSeed } from './population-seed.schema';
import { type SeedProblem, validatePopulationSeed } from './validate-population-seed.util';

const TODAY = '2026-01-15';

/** A small valid seed; PINs agree with sex and year (digit 4: 0/1 = 1900s male/female). */
function validSeed(): PopulationSeed {
  return {
    households: [
      {
        id: 'HK-079-000001',
        provinceCode: '079',
        communeCode: '26734',
        address: '12 Lê Lợi',
        members: [
          {
            pin: '079085000001',
            fullName: 'Nguyễn Văn An',
            sex: 'male',
            dateOfBirth: '1985-03-02',
            relationshipToHead: 'head',
          },
          {
            pin: '079187000002',
            fullName: 'Trần Thị Mai',
            sex: 'female',
            dateOfBirth: '1987-11-20',
            relationshipToHead: 'spouse',
          },
          {
            pin: '079315000003',
            fullName: 'Nguyễn Ngọc Anh',
            sex: 'female',
            dateOfBirth: '2015-06-01',
            relationshipToHead: 'child',
          },
        ],
      },
    ],
    residents: [
      { pin: '001060000004', fullName: 'Lê Văn Bình', sex: 'male', dateOfBirth: '1960-01-31' },
    ],
  };
}

function problemsOf(data: unknown): readonly SeedProblem[] {
  const result = validatePopulationSeed({ data, today: TODAY });
  return result.ok ? [] : result.problems;
}

function edited(edit: (seed: PopulationSeed) => void): PopulationSeed {
  const seed = validSeed();
  edit(seed);
  return seed;
}

describe('validatePopulationSeed', () => {
  it('accepts a well-formed seed and returns it typed', () => {
    const result = validatePopulationSeed({ data: validSeed(), today: TODAY });

    expect(result).toEqual({ ok: true, seed: validSeed() });
  });

  it('accepts an empty register', () => {
    expect(problemsOf({ households: [], residents: [] })).toEqual([]);
  });

  it('reports every shape problem with its pointer, not only the first', () => {
    const data = {
      households: [
        {
          id: 'HK 1',
          provinceCode: '79',
          communeCode: '2673',
          address: '',
          members: [{ pin: '079085000001', fullName: 'A', sex: 'x', dateOfBirth: '1985-03-02' }],
          note: 'extra',
        },
      ],
    };

    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        { pointer: '/residents', reason: 'is required' },
        { pointer: '/households/0/note', reason: 'is not an accepted field' },
        { pointer: '/households/0/id', reason: expect.stringContaining('pattern') as string },
        {
          pointer: '/households/0/provinceCode',
          reason: expect.stringContaining('pattern') as string,
        },
        {
          pointer: '/households/0/communeCode',
          reason: expect.stringContaining('pattern') as string,
        },
        { pointer: '/households/0/address', reason: expect.any(String) as string },
        { pointer: '/households/0/members/0/sex', reason: expect.any(String) as string },
        { pointer: '/households/0/members/0/relationshipToHead', reason: 'is required' },
      ]),
    );
  });

  it('rejects a document that is not an object', () => {
    expect(problemsOf([])).toEqual([{ pointer: '/', reason: 'must be object' }]);
  });

  it('rejects a malformed PIN', () => {
    const seed = edited((s) => (s.residents[0].pin = '00106000000'));

    expect(problemsOf(seed)).toEqual([
      { pointer: '/residents/0/pin', reason: 'must be exactly 12 digits' },
    ]);
  });

  it('rejects a PIN with a reserved sex-and-century digit', () => {
    const seed = edited((s) => (s.residents[0].pin = '001660000004'));

    expect(problemsOf(seed)).toEqual([
      { pointer: '/residents/0/pin', reason: 'has a reserved sex-and-century digit (6-9)' },
    ]);
  });

  it('rejects a PIN whose sex digit disagrees with sex', () => {
    const seed = edited((s) => (s.households[0].members[0].sex = 'female'));

    expect(problemsOf(seed)).toEqual([
      {
        pointer: '/households/0/members/0/pin',
        reason: 'its sex digit does not agree with sex',
      },
    ]);
  });

  it.each([
    ['another year', '1986-03-02'],
    ['another century', '2085-03-02'],
  ])('rejects a PIN whose year disagrees with a date of birth in %s', (_what, dateOfBirth) => {
    const seed = edited((s) => (s.households[0].members[0].dateOfBirth = dateOfBirth));

    expect(problemsOf(seed)).toContainEqual({
      pointer: '/households/0/members/0/pin',
      reason: 'its century and year digits do not agree with dateOfBirth',
    });
  });

  it('rejects a date of birth that is not a real date', () => {
    const seed = edited((s) => (s.residents[0].dateOfBirth = '1960-02-30'));

    expect(problemsOf(seed)).toEqual([
      { pointer: '/residents/0/dateOfBirth', reason: 'is not a real calendar date' },
    ]);
  });

  it('rejects a date of birth in the future, and accepts today', () => {
    const future = edited((s) => {
      s.households[0].members[2].pin = '079326000003';
      s.households[0].members[2].dateOfBirth = '2026-01-16';
    });
    const today = edited((s) => {
      s.households[0].members[2].pin = '079326000003';
      s.households[0].members[2].dateOfBirth = TODAY;
    });

    expect(problemsOf(future)).toEqual([
      { pointer: '/households/0/members/2/dateOfBirth', reason: 'is in the future' },
    ]);
    expect(problemsOf(today)).toEqual([]);
  });

  it('rejects a PIN used twice, pointing at the first use', () => {
    const seed = edited((s) => {
      s.residents.push({ ...s.households[0].members[1] });
      delete (s.residents[1] as { relationshipToHead?: string }).relationshipToHead;
    });

    expect(problemsOf(seed)).toEqual([
      { pointer: '/residents/1/pin', reason: 'duplicates the PIN at /households/0/members/1/pin' },
    ]);
  });

  it('rejects a household id used twice', () => {
    const seed = edited((s) => {
      s.households.push({ ...s.households[0], members: [] });
      s.households[1].members = [{ ...s.residents[0], relationshipToHead: 'head' }];
      s.residents = [];
    });

    expect(problemsOf(seed)).toEqual([
      { pointer: '/households/1/id', reason: 'duplicates the household id at /households/0/id' },
    ]);
  });

  it.each([
    ['no head', 'spouse', 0],
    ['two heads', 'head', 2],
  ] as const)('rejects a household with %s', (_what, relationship, heads) => {
    const seed = edited((s) => (s.households[0].members[1].relationshipToHead = relationship));
    if (heads === 0) seed.households[0].members[0].relationshipToHead = 'spouse';

    expect(problemsOf(seed)).toEqual([
      {
        pointer: '/households/0/members',
        reason: `must have exactly one member with relationshipToHead 'head', has ${heads}`,
      },
    ]);
  });

  it('never quotes a value from the file in a problem', () => {
    const seed = edited((s) => {
      s.households[0].members[0].sex = 'female';
      s.residents.push({ ...s.residents[0] });
    });
    const text = JSON.stringify(problemsOf(seed));

    expect(text).not.toContain('079085000001');
    expect(text).not.toContain('001060000004');
    expect(text).not.toContain('Nguyễn');
  });

  it('accepts the committed default seed file', () => {
    const file = path.join(__dirname, '../../../seed/population-register.seed.json');
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));

    expect(problemsOf(data)).toEqual([]);
  });
});
