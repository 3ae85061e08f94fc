import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, Scopes } from '@lienthong/platform';
import { SandboxPaymentIdParams, SandboxSettlementView } from './dto/sandbox.dto';
import { SandboxGateway } from './sandbox-gateway.service';

/**
 * The sandbox gateway's own controls, standing in for the citizen at the gateway's payment page.
 * They change nothing in the payment directly: the sandbox then calls the signed callback
 * endpoint, like a real gateway.
 */
@ApiTags('sandbox gateway')
@Controller('v1/sandbox/payments')
export class SandboxController {
  constructor(private readonly gateway: SandboxGateway) {}

  @Post(':id/confirm')
  @HttpCode(202)
  @Scopes('payment:sandbox')
  @ApiOperation({ summary: 'The citizen pays: the sandbox sends a signed "succeeded" callback.' })
  @ApiAcceptedResponse({ type: SandboxSettlementView })
  @ApiProblemResponses(400, 404, 409)
  confirm(@Param() { id }: SandboxPaymentIdParams): Promise<SandboxSettlementView> {
    return this.gateway.settle(id, 'succeeded');
  }

  @Post(':id/decline')
  @HttpCode(202)
  @Scopes('payment:sandbox')
  @ApiOperation({ summary: 'The bank refuses: the sandbox sends a signed "declined" callback.' })
  @ApiAcceptedResponse({ type: SandboxSettlementView })
  @ApiProblemResponses(400, 404, 409)
  decline(@Param() { id }: SandboxPaymentIdParams): Promise<SandboxSettlementView> {
    return this.gateway.settle(id, 'declined');
  }
}
