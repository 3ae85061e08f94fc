import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { FuneralSupportDossierParams, FuneralSupportView } from './dto/funeral-support.dto';
import { FuneralSupportService } from './funeral-support.service';

/** Funeral-support decisions, by dossier. */
@ApiTags('funeral support')
@Controller('v1/funeral-supports')
export class FuneralSupportController {
  constructor(private readonly supports: FuneralSupportService) {}

  @Get(':dossierId')
  @Scopes('funeral-support:read')
  @ApiOperation({
    summary: "A dossier's funeral-support decision: amount, status, payment or reason.",
  })
  @ApiOkResponse({ type: FuneralSupportView })
  @ApiProblemResponses(400, 404)
  getFuneralSupport(
    @Param() { dossierId }: FuneralSupportDossierParams,
  ): Promise<FuneralSupportView> {
    return this.supports.getFuneralSupport(dossierId);
  }
}
