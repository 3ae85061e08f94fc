import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_INSURANCE_SEED,
  generateInsuranceSeed,
  renderInsuranceSeed,
  type PopulationPerson,
} from '../src/insurance-register/domain/generate-insurance-seed.util';

// node tools/run-ts.js apps/social-insurance-service/seed/write-insurance-register-seed.ts [out]
// Draws from residence-service's default population seed (read as data: apps import no apps).
interface PopulationFile {
  readonly households: readonly { readonly members: readonly PopulationPerson[] }[];
  readonly residents: readonly PopulationPerson[];
}

const populationFile = path.join(
  __dirname,
  '../../residence-service/seed/population-register.seed.json',
);
const population = JSON.parse(readFileSync(populationFile, 'utf8')) as PopulationFile;
const people = [
  ...population.households.flatMap((household) => household.members),
  ...population.residents,
].map(({ pin, dateOfBirth }) => ({ pin, dateOfBirth }));
const target = path.resolve(
  process.argv[2] ?? path.join(__dirname, 'insurance-register.seed.json'),
);
writeFileSync(
  target,
  renderInsuranceSeed(generateInsuranceSeed({ ...DEFAULT_INSURANCE_SEED, population: people })),
);
console.log(`wrote ${target}`);
