import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { SandboxPayoutIdParams, SandboxPayoutSettlementView } from './dto/sandbox.dto';
import { SandboxGateway } from './sandbox-gateway.service';

/**
 * The sandbox gateway's controls of payouts, standing in for the payee's bank when
 * `PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS=false`. They change nothing in the payout directly: the
 * sandbox then calls the signed callback endpoint, like a real gateway.
 */
@ApiTags('sandbox gateway')
@Controller('v1/sandbox/payouts')
export class SandboxPayoutController {
  constructor(private readonly gateway: SandboxGateway) {}

  @Post(':id/confirm')
  @HttpCode(202)
  @Scopes('payment:sandbox')
  @ApiOperation({
    summary: 'The transfer is made: the sandbox sends a signed "succeeded" callback.',
  })
  @ApiAcceptedResponse({ type: SandboxPayoutSettlementView })
  @ApiProblemResponses(400, 404, 409)
  confirm(@Param() { id }: SandboxPayoutIdParams): Promise<SandboxPayoutSettlementView> {
    return this.gateway.settlePayout(id, 'succeeded');
  }

  @Post(':id/decline')
  @HttpCode(202)
  @Scopes('payment:sandbox')
  @ApiOperation({
    summary:
      'The payee\'s bank refuses the transfer: the sandbox sends a signed "declined" callback (refused-by-bank).',
  })
  @ApiAcceptedResponse({ type: SandboxPayoutSettlementView })
  @ApiProblemResponses(400, 404, 409)
  decline(@Param() { id }: SandboxPayoutIdParams): Promise<SandboxPayoutSettlementView> {
    return this.gateway.settlePayout(id, 'declined');
  }
}
