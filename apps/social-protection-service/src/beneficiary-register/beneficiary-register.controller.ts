import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { BeneficiaryRegisterService } from './beneficiary-register.service';
import { BeneficiaryPinParams, BeneficiaryView } from './dto/beneficiary.dto';

/** The register of monthly social-assistance beneficiaries. */
@ApiTags('beneficiary register')
@Controller('v1/beneficiaries')
export class BeneficiaryRegisterController {
  constructor(private readonly register: BeneficiaryRegisterService) {}

  @Get(':pin')
  @Scopes('beneficiary:read')
  @ApiOperation({
    summary: 'Whether a person is a monthly social-assistance beneficiary, and since when.',
  })
  @ApiOkResponse({ type: BeneficiaryView })
  @ApiProblemResponses(400, 404)
  getBeneficiary(@Param() { pin }: BeneficiaryPinParams): Promise<BeneficiaryView> {
    return this.register.getBeneficiary(pin);
  }
}
