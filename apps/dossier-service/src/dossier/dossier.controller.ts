import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiProblemResponses,
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyKey,
  Scopes,
  type HttpResponse,
} from '@lienthong/platform';
import { DossierService } from './dossier.service';
import {
  DossierIdParams,
  DossierPageView,
  DossierView,
  ListDossiersQuery,
} from './dto/dossier.view';
import { SubmitDossierDto } from './dto/submit-dossier.dto';

/** The one-stop shop's dossiers: file one, follow it. */
@ApiTags('dossiers')
@Controller('v1/dossiers')
export class DossierController {
  constructor(private readonly dossiers: DossierService) {}

  @Post()
  @HttpCode(202)
  @Scopes('dossiers:submit')
  @ApiOperation({
    summary: 'File a dossier; every agency involved then does its part.',
    description:
      'Answers 202 with the dossier and its steps; follow it at the Location. Retrying with the same Idempotency-Key and body returns the same dossier.',
  })
  @ApiHeader({ name: IDEMPOTENCY_KEY_HEADER, required: true, description: 'A UUID per dossier.' })
  @ApiAcceptedResponse({ type: DossierView })
  @ApiProblemResponses(400, 413, 415, 422)
  async submit(
    @IdempotencyKey() idempotencyKey: string,
    @Body() body: SubmitDossierDto,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<DossierView> {
    const { dossier } = await this.dossiers.submit(body, idempotencyKey);
    response.setHeader('Location', `/v1/dossiers/${dossier.id}`);
    return dossier;
  }

  @Get(':id')
  @Scopes('dossiers:read')
  @ApiOperation({ summary: 'A dossier with its steps and timeline.' })
  @ApiOkResponse({ type: DossierView })
  @ApiProblemResponses(400, 404)
  get(@Param() { id }: DossierIdParams): Promise<DossierView> {
    return this.dossiers.get(id);
  }

  @Get()
  @Scopes('dossiers:read')
  @ApiOperation({ summary: 'Dossiers, newest first, by status and procedure; cursor-paginated.' })
  @ApiOkResponse({ type: DossierPageView })
  @ApiProblemResponses(400)
  list(@Query() query: ListDossiersQuery): Promise<DossierPageView> {
    return this.dossiers.list(query);
  }
}
