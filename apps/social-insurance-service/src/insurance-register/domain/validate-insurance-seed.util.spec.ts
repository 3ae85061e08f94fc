import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_INSURED_PEOPLE, DEMO_PEOPLE_NOT_INSURED } from './demo-insured-people';
import type { InsuranceSeed } from './insurance-seed.schema';
import { type SeedProblem, validateInsuranceSeed } from './validate-insurance-seed.util';

const TODAY = '2026-01-15';

function validSeed(): InsuranceSeed {
  return {
    participants: [
      { pin: '079055000003', kind: 'pensioner', contributionMonths: 384, since: '2015-03-01' },
      { pin: '001088356451', kind: 'participant', contributionMonths: 6, since: '2025-03-01' },
    ],
  };
}

function problemsOf(data: unknown): readonly SeedProblem[] {
  const result = validateInsuranceSeed({ data, today: TODAY });
  return result.ok ? [] : result.problems;
}

function edited(edit: (seed: InsuranceSeed) => void): InsuranceSeed {
  const seed = validSeed();
  edit(seed);
  return seed;
}

describe('validateInsuranceSeed', () => {
  it('accepts a well-formed seed and returns it typed', () => {
    expect(validateInsuranceSeed({ data: validSeed(), today: TODAY })).toEqual({
      ok: true,
      seed: validSeed(),
    });
  });

  it('accepts an empty register', () => {
    expect(problemsOf({ participants: [] })).toEqual([]);
  });

  it('rejects a document that is not an object, or has no participants', () => {
    expect(problemsOf([])).toEqual([{ pointer: '/', reason: 'must be object' }]);
    expect(problemsOf({})).toEqual([{ pointer: '/participants', reason: 'is required' }]);
  });

  it('names the entry and the field of every shape problem, not only the first', () => {
    const data = {
      participants: [
        validSeed().participants[0],
        { pin: '001088356451', kind: 'retiree', contributionMonths: -1, since: '2025-3-1' },
        { pin: '001083731125', kind: 'participant', contributionMonths: 12.5, extra: true },
      ],
    };

    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        { pointer: '/participants/1/kind', reason: 'must be equal to one of the allowed values' },
        { pointer: '/participants/1/contributionMonths', reason: 'must be >= 0' },
        { pointer: '/participants/1/since', reason: expect.stringContaining('pattern') as string },
        { pointer: '/participants/2/contributionMonths', reason: 'must be integer' },
        { pointer: '/participants/2/since', reason: 'is required' },
        { pointer: '/participants/2/extra', reason: 'is not an accepted field' },
      ]),
    );
  });

  it('rejects a malformed PIN and a PIN with a reserved century digit', () => {
    const seed = edited((s) => {
      s.participants[0].pin = '07905500000';
      s.participants[1].pin = '001688356451';
    });

    expect(problemsOf(seed)).toEqual([
      { pointer: '/participants/0/pin', reason: 'must be exactly 12 digits' },
      { pointer: '/participants/1/pin', reason: 'has a reserved sex-and-century digit (6-9)' },
    ]);
  });

  it('rejects a PIN used twice, pointing at the first use', () => {
    const seed = edited((s) => s.participants.push({ ...s.participants[0] }));

    expect(problemsOf(seed)).toEqual([
      { pointer: '/participants/2/pin', reason: 'duplicates the PIN at /participants/0/pin' },
    ]);
  });

  it('rejects a since that is not a real date, in the future, or before the year of birth', () => {
    const seed = edited((s) => {
      s.participants[0].since = '2015-02-29';
      s.participants[1].since = '2026-01-16';
      s.participants.push({
        pin: '079301000007',
        kind: 'participant',
        contributionMonths: 0,
        since: '2000-12-31',
      });
    });

    expect(problemsOf(seed)).toEqual([
      { pointer: '/participants/0/since', reason: 'is not a real calendar date' },
      { pointer: '/participants/1/since', reason: 'is in the future' },
      { pointer: '/participants/2/since', reason: 'is before the year of birth in the PIN' },
    ]);
  });

  it('accepts a since of today', () => {
    expect(problemsOf(edited((s) => (s.participants[1].since = TODAY)))).toEqual([]);
  });

  it('never quotes a value from the file in a problem', () => {
    const seed = edited((s) => {
      s.participants.push({ ...s.participants[0] });
      s.participants[1].since = '2999-01-01';
    });
    const text = JSON.stringify(problemsOf(seed));

    expect(text).not.toContain('079055000003');
    expect(text).not.toContain('2999');
  });
});

describe('the committed default seed file', () => {
  const file = path.join(__dirname, '../../../seed/insurance-register.seed.json');
  const seed = JSON.parse(readFileSync(file, 'utf8')) as InsuranceSeed;

  it('is valid', () => {
    expect(problemsOf(seed)).toEqual([]);
  });

  it('starts with the demo people, and leaves out those whose case needs them out', () => {
    expect(seed.participants.slice(0, DEMO_INSURED_PEOPLE.length)).toEqual(DEMO_INSURED_PEOPLE);
    expect(seed.participants).toContainEqual({
      pin: '079055000003',
      kind: 'pensioner',
      contributionMonths: 384,
      since: '2015-03-01',
    });
    const pins = seed.participants.map((participant) => participant.pin);
    for (const pin of DEMO_PEOPLE_NOT_INSURED) expect(pins).not.toContain(pin);
    // Do Van Nam (in neither register) and Le Thi Hoa (social assistance only), by name.
    expect(pins).not.toContain('079092000006');
    expect(pins).not.toContain('079158000005');
  });

  it("holds only people of residence-service's default population seed", () => {
    const population = JSON.parse(
      readFileSync(
        path.join(__dirname, '../../../../residence-service/seed/population-register.seed.json'),
        'utf8',
      ),
    ) as {
      households: { members: { pin: string }[] }[];
      residents: { pin: string }[];
    };
    const people = new Set([
      ...population.households.flatMap((household) => household.members.map((m) => m.pin)),
      ...population.residents.map((resident) => resident.pin),
    ]);

    // Regenerate with: node tools/run-ts.js apps/social-insurance-service/seed/write-insurance-register-seed.ts
    expect(seed.participants.filter((participant) => !people.has(participant.pin))).toEqual([]);
    expect(seed.participants.length).toBeGreaterThan(200);
  });
});
