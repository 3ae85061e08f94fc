import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CALLBACK_OUTCOMES, type CallbackOutcome } from '../../payment/domain/payment-status';
import { PAYOUT_FAILURE_CODES, type PayoutFailureCode } from '../../payout/domain/payout-status';

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

/** Path parameters of the sandbox's payout confirm and decline endpoints. */
export class SandboxPayoutIdParams {
  @ApiProperty({
    format: 'uuid',
    description: 'The payout id (as in GET /v1/payments/{id}, BenefitPaid.paymentId).',
  })
  @IsUUID('all', { message: '$property must be a UUID' })
  id!: string;
}

/** The sandbox queued the callback of a payout's outcome. */
export class SandboxPayoutSettlementView extends SandboxSettlementView {
  @ApiProperty({
    enum: PAYOUT_FAILURE_CODES,
    required: false,
    description: 'Why it was declined (a decline by hand is `refused-by-bank`).',
  })
  failureCode?: PayoutFailureCode;
}
