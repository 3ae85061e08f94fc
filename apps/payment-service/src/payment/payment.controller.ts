import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiProblemResponses, Public, Scopes } from '@lienthong/platform';
import { CallbackSignatureGuard } from './callback-signature.guard';
import {
  CallbackAcceptedView,
  PaymentCallbackBody,
  ProviderParams,
} from './dto/payment-callback.dto';
import { PayoutView } from '../payout/dto/payout.dto';
import { PaymentIdParams, PaymentView } from './dto/payment.dto';
import { PaymentService } from './payment.service';

/** Fee payments and benefit payouts: read by id; settled by the provider's signed callbacks. */
@ApiTags('payments')
@ApiExtraModels(PaymentView, PayoutView)
@Controller('v1/payments')
export class PaymentController {
  constructor(private readonly payments: PaymentService) {}

  @Get(':id')
  @Scopes('payment:read')
  @ApiOperation({
    summary:
      'A fee payment (kind "fee", with its refund) or a benefit payout (kind "payout", account masked) by id.',
  })
  @ApiOkResponse({
    schema: {
      oneOf: [{ $ref: getSchemaPath(PaymentView) }, { $ref: getSchemaPath(PayoutView) }],
      discriminator: { propertyName: 'kind' },
    },
  })
  @ApiProblemResponses(400, 404)
  get(@Param() { id }: PaymentIdParams): Promise<PaymentView | PayoutView> {
    return this.payments.getPayment(id);
  }

  // Authenticated by its HMAC signature, not by a caller's token: the provider has none.
  @Post('callbacks/:provider')
  @Public()
  @HttpCode(200)
  @UseGuards(CallbackSignatureGuard)
  @ApiOperation({
    summary: 'A payment provider reports a payment (or payout) succeeded or was declined (signed).',
    description:
      'Signed with X-Lienthong-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>. ' +
      'Repeated callbacks change nothing; see docs/services/payment-service.md.',
  })
  @ApiHeader({ name: 'X-Lienthong-Signature', required: true })
  @ApiOkResponse({ type: CallbackAcceptedView })
  @ApiProblemResponses(400, 401, 404, 422)
  callback(
    @Param() { provider }: ProviderParams,
    @Body() body: PaymentCallbackBody,
  ): Promise<CallbackAcceptedView> {
    return this.payments.acceptCallback(provider, body);
  }
}
