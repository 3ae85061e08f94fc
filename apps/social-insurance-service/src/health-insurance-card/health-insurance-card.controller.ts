import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { CardNumberParams, HealthInsuranceCardView } from './dto/health-insurance-card.dto';
import { HealthInsuranceCardService } from './health-insurance-card.service';

/** The register of health-insurance cards. */
@ApiTags('health-insurance cards')
@Controller('v1/health-insurance-cards')
export class HealthInsuranceCardController {
  constructor(private readonly cards: HealthInsuranceCardService) {}

  @Get(':number')
  @Scopes('health-insurance-card:read')
  @ApiOperation({ summary: "A card by number (a child's card number is the child's PIN)." })
  @ApiOkResponse({ type: HealthInsuranceCardView })
  @ApiProblemResponses(400, 404)
  getCard(@Param() { number }: CardNumberParams): Promise<HealthInsuranceCardView> {
    return this.cards.getCard(number);
  }
}
