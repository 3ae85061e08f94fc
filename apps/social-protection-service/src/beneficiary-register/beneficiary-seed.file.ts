import { readSeedFile, SeedFileError } from '@lienthong/persistence';
import type { SeedProblem } from '@lienthong/platform';
import type { BeneficiarySeed } from './domain/beneficiary-seed.schema';
import { validateBeneficiarySeed } from './domain/validate-beneficiary-seed.util';

/** The beneficiary register's seed file cannot be used; see {@link SeedFileError}. */
export class BeneficiarySeedFileError extends SeedFileError {
  constructor(file: string, problems: readonly SeedProblem[]) {
    super('beneficiary register', file, problems);
  }
}

/**
 * Reads and validates the seed file at boot, before the service listens. `today` (`yyyy-mm-dd`,
 * Asia/Ho_Chi_Minh) is the day after which no `since` may fall.
 * @throws BeneficiarySeedFileError when it cannot be read, is not JSON, or breaks any rule.
 */
export function readBeneficiarySeedFile(file: string, today: string): BeneficiarySeed {
  return readSeedFile({
    file,
    check: (data) => validateBeneficiarySeed({ data, today }),
    error: BeneficiarySeedFileError,
  });
}
