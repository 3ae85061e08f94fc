import { Injectable } from '@nestjs/common';
import {
  BeneficiaryRegisterError,
  BeneficiaryRegisterErrorCode,
} from './beneficiary-register.error';
import { BeneficiaryRegisterRepository } from './beneficiary-register.repository';
import type { BeneficiaryView } from './dto/beneficiary.dto';

/** Reads of the beneficiary register. */
@Injectable()
export class BeneficiaryRegisterService {
  constructor(private readonly repository: BeneficiaryRegisterRepository) {}

  /** @throws BeneficiaryRegisterError BeneficiaryNotFound. */
  async getBeneficiary(pin: string): Promise<BeneficiaryView> {
    const beneficiary = await this.repository.findBeneficiary(pin);
    if (!beneficiary) {
      throw new BeneficiaryRegisterError(BeneficiaryRegisterErrorCode.BeneficiaryNotFound);
    }
    return { pin: beneficiary.pin, since: beneficiary.since };
  }
}
