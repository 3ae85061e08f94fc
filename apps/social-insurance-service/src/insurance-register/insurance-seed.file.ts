import { readSeedFile, SeedFileError } from '@lienthong/persistence';
import type { SeedProblem } from '@lienthong/platform';
import type { InsuranceSeed } from './domain/insurance-seed.schema';
import { validateInsuranceSeed } from './domain/validate-insurance-seed.util';

/** The insurance register's seed file cannot be used; see {@link SeedFileError}. */
export class InsuranceSeedFileError extends SeedFileError {
  constructor(file: string, problems: readonly SeedProblem[]) {
    super('insurance register', file, problems);
  }
}

/**
 * Reads and validates the seed file at boot, before the service listens. `today` (`yyyy-mm-dd`,
 * Asia/Ho_Chi_Minh) is the day after which no `since` may fall.
 * @throws InsuranceSeedFileError when it cannot be read, is not JSON, or breaks any rule.
 */
export function readInsuranceSeedFile(file: string, today: string): InsuranceSeed {
  return readSeedFile({
    file,
    check: (data) => validateInsuranceSeed({ data, today }),
    error: InsuranceSeedFileError,
  });
}
