import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describePin } from '../../pin/domain/pin-format.util';
import { DEMO_POPULATION } from './demo-population';
import {
  createPrng,
  DEFAULT_POPULATION_SEED,
  generatePopulationSeed,
  renderPopulationSeed,
} from './generate-population-seed.util';
import { validatePopulationSeed } from './validate-population-seed.util';

const DEFAULT_FILE = path.join(__dirname, '../../../seed/population-register.seed.json');

describe('createPrng', () => {
  it('gives the same sequence for the same seed, within [0, 1)', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const values = Array.from({ length: 1000 }, () => a());

    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(createPrng(43)()).not.toBe(values[0]);
  });
});

describe('generatePopulationSeed', () => {
  const seed = generatePopulationSeed(DEFAULT_POPULATION_SEED);

  it('is deterministic: the committed default file is exactly what it generates', () => {
    expect(readFileSync(DEFAULT_FILE, 'utf8')).toBe(renderPopulationSeed(seed));
  });

  it('passes the validator', () => {
    expect(validatePopulationSeed({ data: seed, today: '2026-01-01' })).toEqual({
      ok: true,
      seed,
    });
  });

  it('has at least 1,000 households of 2-6 members and a few hundred people without one', () => {
    expect(seed.households.length).toBeGreaterThanOrEqual(1000);
    expect(seed.households.every((h) => h.members.length >= 2 && h.members.length <= 6)).toBe(true);
    expect(seed.residents.length).toBeGreaterThanOrEqual(200);
    expect(
      seed.households.some((h) => h.members.some((m) => m.relationshipToHead === 'child')),
    ).toBe(true);
  });

  it('gives generated heads and spouses birth years 1970-2002', () => {
    const generated = seed.households.slice(DEMO_POPULATION.households.length);
    const parents = generated.flatMap((h) =>
      h.members.filter((m) => m.relationshipToHead === 'head' || m.relationshipToHead === 'spouse'),
    );

    expect(
      parents.every(
        (m) => describePin(m.pin).yearOfBirth >= 1970 && describePin(m.pin).yearOfBirth <= 2002,
      ),
    ).toBe(true);
  });

  it('starts with the demo people exactly as given', () => {
    expect(seed.households.slice(0, DEMO_POPULATION.households.length)).toEqual(
      DEMO_POPULATION.households,
    );
    expect(seed.residents.slice(0, DEMO_POPULATION.residents.length)).toEqual(
      DEMO_POPULATION.residents,
    );
    expect(seed.households[0].members.map((m) => m.pin)).toEqual(['079088000002', '079190000001']);
    expect(seed.residents.map((r) => r.pin)).toContain('079195000004');
  });

  it('never draws a demo PIN for anyone else, even when its draws hit one', () => {
    const demoPins = [
      ...DEMO_POPULATION.households.flatMap((h) => h.members.map((m) => m.pin)),
      ...DEMO_POPULATION.residents.map((r) => r.pin),
    ];
    const allPins = [
      ...seed.households.flatMap((h) => h.members.map((m) => m.pin)),
      ...seed.residents.map((r) => r.pin),
    ];
    for (const pin of demoPins) {
      expect(allPins.filter((other) => other === pin)).toHaveLength(1);
    }
  });

  it('draws again when a draw hits a fixed PIN', () => {
    const input = { seed: 7, households: 3, residentsWithoutResidence: 0 };
    const { pin, fullName, sex, dateOfBirth } =
      generatePopulationSeed(input).households[0].members[0];
    // The same PRNG seed: its first draw is exactly the fixed person's PIN.
    const withFixed = generatePopulationSeed({
      ...input,
      fixed: { households: [], residents: [{ pin, fullName, sex, dateOfBirth }] },
    });
    const pins = [
      ...withFixed.households.flatMap((h) => h.members.map((m) => m.pin)),
      ...withFixed.residents.map((r) => r.pin),
    ];

    expect(pins.filter((other) => other === pin)).toHaveLength(1);
    expect(validatePopulationSeed({ data: withFixed, today: '2026-01-01' }).ok).toBe(true);
  });

  it('uses the five provinces with 5-digit commune codes', () => {
    const provinces = new Set(seed.households.map((h) => h.provinceCode));

    expect([...provinces].sort()).toEqual(['001', '031', '048', '079', '092']);
  });
});
