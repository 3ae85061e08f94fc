import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CALLBACK_OUTCOMES, type CallbackOutcome } from '../../payment/domain/payment-status';

/** Path parameters of the sandbox's confirm and decline endpoints. */
export class SandboxPaymentIdParams {
  @ApiProperty({ format: 'uuid', description: 'The payment id (as in GET /v1/payments/{id}).' })
  @IsUUID('all', { message: '$property must be a UUID' })
  id!: string;
}

/** The sandbox queued the callback of an outcome. */
export class SandboxSettlementView {
  @ApiProperty({ format: 'uuid' })
  paymentId!: string;

  @ApiProperty({ enum: CALLBACK_OUTCOMES })
  outcome!: CallbackOutcome;

  @ApiProperty({ format: 'uuid', description: 'The eventId of the callback to be delivered.' })
  callbackEventId!: string;
}
