import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { BirthRegistrationService } from './birth-registration.service';
import {
  BirthRegistrationExtractView,
  RegistrationNumberParams,
} from './dto/birth-registration.dto';

/** The birth register: extracts of registered births by registration number. */
@ApiTags('birth register')
@Controller('v1/birth-registrations')
export class BirthRegistrationController {
  constructor(private readonly births: BirthRegistrationService) {}

  @Get(':number')
  @Scopes('civil-status:read')
  @ApiOperation({ summary: 'The extract of a registered birth, by its registration number.' })
  @ApiOkResponse({ type: BirthRegistrationExtractView })
  @ApiProblemResponses(400, 404)
  getExtract(@Param() { number }: RegistrationNumberParams): Promise<BirthRegistrationExtractView> {
    return this.births.getExtract(number);
  }
}
