import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_POPULATION_SEED,
  generatePopulationSeed,
  renderPopulationSeed,
} from '../src/population-register/domain/generate-population-seed.util';

// Run through tools/seed/generate-population-register.ts; an optional argument overrides the path.
const target = path.resolve(
  process.argv[2] ?? path.join(__dirname, 'population-register.seed.json'),
);
writeFileSync(target, renderPopulationSeed(generatePopulationSeed(DEFAULT_POPULATION_SEED)));
console.log(`wrote ${target}`);
