import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { DossierIdParams, FuneralAllowanceView } from './dto/funeral-allowance.dto';
import { FuneralAllowanceService } from './funeral-allowance.service';

/** Funeral allowance decisions, for operators. */
@ApiTags('funeral allowances')
@Controller('v1/funeral-allowances')
export class FuneralAllowanceController {
  constructor(private readonly allowances: FuneralAllowanceService) {}

  @Get(':dossierId')
  @Scopes('funeral-allowance:read')
  @ApiOperation({
    summary: "A dossier's funeral allowance: refused, awaiting payout, paid or failed.",
  })
  @ApiOkResponse({ type: FuneralAllowanceView })
  @ApiProblemResponses(400, 404)
  getByDossier(@Param() { dossierId }: DossierIdParams): Promise<FuneralAllowanceView> {
    return this.allowances.getByDossier(dossierId);
  }
}
