import { generateInsuranceSeed, type PopulationPerson } from './generate-insurance-seed.util';
import { validateInsuranceSeed } from './validate-insurance-seed.util';

/** People born 1940-2010, PINs agreeing with the year (century digit 0 or 2). */
function population(count: number): PopulationPerson[] {
  return Array.from({ length: count }, (_, index) => {
    const year = 1940 + (index % 71);
    const centuryDigit = year < 2000 ? '0' : '2';
    return {
      pin: `079${centuryDigit}${String(year % 100).padStart(2, '0')}${String(index).padStart(6, '0')}`,
      dateOfBirth: `${year}-06-15`,
    };
  });
}

const FIXED = [
  { pin: '079055000003', kind: 'pensioner', contributionMonths: 384, since: '2015-03-01' },
] as const;

describe('generateInsuranceSeed', () => {
  const people = population(2000);
  const input = { seed: 7, population: people, oneIn: 10, fixed: FIXED, excluded: [] };

  it('gives the same file for the same input', () => {
    expect(generateInsuranceSeed(input)).toEqual(generateInsuranceSeed(input));
  });

  it('writes the fixed entries first, then about one adult in oneIn, all valid', () => {
    const { participants } = generateInsuranceSeed(input);

    expect(participants[0]).toEqual(FIXED[0]);
    expect(participants.length).toBeGreaterThan(120);
    expect(participants.length).toBeLessThan(240);
    expect(validateInsuranceSeed({ data: { participants }, today: '2026-01-01' }).ok).toBe(true);
    const kinds = new Set(participants.map((participant) => participant.kind));
    expect(kinds).toEqual(new Set(['participant', 'pensioner']));
    expect(participants.some((p) => p.kind === 'participant' && p.contributionMonths < 12)).toBe(
      true,
    );
  });

  it('draws no child, no excluded person, and nobody twice', () => {
    const excluded = people.slice(0, 500).map((person) => person.pin);
    const { participants } = generateInsuranceSeed({ ...input, excluded });
    const pins = participants.map((participant) => participant.pin);
    const born = new Map(people.map((person) => [person.pin, person.dateOfBirth]));

    expect(new Set(pins).size).toBe(pins.length);
    for (const pin of excluded) expect(pins).not.toContain(pin);
    for (const pin of pins.slice(1)) expect(Number(born.get(pin)?.slice(0, 4))).toBeLessThan(2008);
  });

  it("keeps each person's entry when others join or leave the population", () => {
    const whole = generateInsuranceSeed(input).participants;
    const half = generateInsuranceSeed({ ...input, population: people.slice(1000) }).participants;

    expect(whole).toEqual(expect.arrayContaining(half));
  });
});
