import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Public } from '@lienthong/platform';
import { ProcedureCodeParams, ProcedureListView, ProcedureView } from './dto/procedure.view';
import { ProcedureCatalogue } from './procedure-catalogue';

/** The public catalogue of procedure groups (public disclosure is a legal duty). */
@ApiTags('procedures')
@Controller('v1/procedures')
export class ProcedureController {
  constructor(private readonly procedures: ProcedureCatalogue) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Every procedure group: steps, agencies, deadlines, fees, form schema.',
  })
  @ApiOkResponse({ type: ProcedureListView })
  list(): ProcedureListView {
    return {
      items: this.procedures.list().map((definition) => this.procedures.publish(definition)),
    };
  }

  @Get(':code')
  @Public()
  @ApiOperation({ summary: 'One procedure group, with the JSON Schema of its form.' })
  @ApiOkResponse({ type: ProcedureView })
  @ApiProblemResponses(400, 404)
  get(@Param() { code }: ProcedureCodeParams): ProcedureView {
    return this.procedures.publish(this.procedures.find(code));
  }
}
