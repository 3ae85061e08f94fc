import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import {
  HouseholdIdParams,
  HouseholdView,
  ResidentPinParams,
  ResidentView,
} from './dto/population-register.dto';
import { PopulationRegisterService } from './population-register.service';

/** The national population register: residents by PIN, households by id. */
@ApiTags('population register')
@Controller('v1')
export class PopulationRegisterController {
  constructor(private readonly register: PopulationRegisterService) {}

  @Get('residents/:pin')
  @Scopes('population:read')
  @ApiOperation({ summary: 'A resident by PIN, with their permanent residence (or null).' })
  @ApiOkResponse({ type: ResidentView })
  @ApiProblemResponses(400, 404)
  getResident(@Param() { pin }: ResidentPinParams): Promise<ResidentView> {
    return this.register.getResident(pin);
  }

  @Get('households/:id')
  @Scopes('population:read')
  @ApiOperation({ summary: 'A household by id, with its members (head first).' })
  @ApiOkResponse({ type: HouseholdView })
  @ApiProblemResponses(400, 404)
  getHousehold(@Param() { id }: HouseholdIdParams): Promise<HouseholdView> {
    return this.register.getHousehold(id);
  }
}
