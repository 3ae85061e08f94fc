import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describePin } from '../../pin/domain/pin-format.util';
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

  it('gives heads and spouses birth years 1970-2002', () => {
    const parents = seed.households.flatMap((h) =>
      h.members.filter((m) => m.relationshipToHead === 'head' || m.relationshipToHead === 'spouse'),
    );

    expect(
      parents.every(
        (m) => describePin(m.pin).yearOfBirth >= 1970 && describePin(m.pin).yearOfBirth <= 2002,
      ),
    ).toBe(true);
  });

  it('uses the five provinces with 5-digit commune codes', () => {
    const provinces = new Set(seed.households.map((h) => h.provinceCode));

    expect([...provinces].sort()).toEqual(['001', '031', '048', '079', '092']);
  });
});
