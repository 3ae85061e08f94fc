import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { DeathRegistrationService } from './death-registration.service';
import {
  DeathRegistrationExtractView,
  DeathRegistrationNumberParams,
} from './dto/death-registration.dto';

/** The death register: extracts of registered deaths by registration number. */
@ApiTags('death register')
@Controller('v1/death-registrations')
export class DeathRegistrationController {
  constructor(private readonly deaths: DeathRegistrationService) {}

  @Get(':number')
  @Scopes('civil-status:read')
  @ApiOperation({ summary: 'The extract of a registered death, by its registration number.' })
  @ApiOkResponse({ type: DeathRegistrationExtractView })
  @ApiProblemResponses(400, 404)
  getExtract(
    @Param() { number }: DeathRegistrationNumberParams,
  ): Promise<DeathRegistrationExtractView> {
    return this.deaths.getExtract(number);
  }
}
