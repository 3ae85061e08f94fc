import { readSeedFile, SeedFileError } from '@lienthong/persistence';
import type { SeedProblem } from '@lienthong/platform';
import type { PopulationSeed } from './domain/population-seed.schema';
import { validatePopulationSeed } from './domain/validate-population-seed.util';

/** The population register's seed file cannot be used; see {@link SeedFileError}. */
export class PopulationSeedFileError extends SeedFileError {
  constructor(file: string, problems: readonly SeedProblem[]) {
    super('population register', file, problems);
  }
}

/**
 * Reads and validates the seed file at boot, before the service listens. `today` (`yyyy-mm-dd`,
 * Asia/Ho_Chi_Minh) is the day after which no date of birth may fall.
 * @throws PopulationSeedFileError when it cannot be read, is not JSON, or breaks any rule.
 */
export function readPopulationSeedFile(file: string, today: string): PopulationSeed {
  return readSeedFile({
    file,
    check: (data) => validatePopulationSeed({ data, today }),
    error: PopulationSeedFileError,
  });
}
