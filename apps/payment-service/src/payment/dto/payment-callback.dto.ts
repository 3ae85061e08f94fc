import { ApiProperty } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  CALLBACK_OUTCOMES,
  PAYMENT_STATUSES,
  type CallbackOutcome,
  type PaymentStatus,
} from '../domain/payment-status';
import {
  PAYOUT_FAILURE_CODES,
  PAYOUT_STATUSES,
  type PayoutFailureCode,
  type PayoutStatus,
} from '../../payout/domain/payout-status';

/** Every status a callback's answer may report: a fee payment's or a payout's. */
const SETTLED_STATUSES = [...new Set([...PAYMENT_STATUSES, ...PAYOUT_STATUSES])];

/** Path parameters of `POST /v1/payments/callbacks/{provider}`. */
export class ProviderParams {
  @ApiProperty({ example: 'sandbox' })
  @Matches(/^[a-z][a-z0-9-]{0,31}$/, { message: '$property must be a provider name' })
  @IsString()
  provider!: string;
}

/**
 * What a provider tells us about a payment or a payout (`paymentId` is either's id). Signed
 * (`X-Lienthong-Signature`); amount and currency must be the payment's, so a callback cannot
 * settle a payment for another sum.
 */
export class PaymentCallbackBody {
  @ApiProperty({
    description: "The provider's id of this notification: a retried delivery repeats it.",
    example: 'b7c9e0a2-4f7e-4d7e-8f51-0e4f3a1d2c6b',
  })
  @MaxLength(200)
  @MinLength(1)
  @IsString()
  eventId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '$property must be a UUID' })
  paymentId!: string;

  @ApiProperty({ enum: CALLBACK_OUTCOMES })
  @IsIn(CALLBACK_OUTCOMES)
  status!: CallbackOutcome;

  @ApiProperty({ description: 'Whole VND.', example: 8000 })
  @Min(0)
  @IsInt()
  amount!: number;

  @ApiProperty({ example: 'VND', description: 'ISO 4217 code.' })
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 code, e.g. VND' })
  @IsString()
  currency!: string;

  @ApiProperty({ format: 'date-time', description: 'When it happened at the provider.' })
  @IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date-time' })
  occurredAt!: string;

  @ApiProperty({
    enum: PAYOUT_FAILURE_CODES,
    required: false,
    description:
      'Payouts only: why a declined transfer was refused (absent: `refused-by-bank`). Not read for fees.',
  })
  @IsOptional()
  @IsIn(PAYOUT_FAILURE_CODES)
  failureCode?: PayoutFailureCode;
}

/** The answer to an accepted callback: the payment's (payout's) status after it. */
export class CallbackAcceptedView {
  @ApiProperty({ format: 'uuid' })
  paymentId!: string;

  @ApiProperty({ enum: SETTLED_STATUSES })
  status!: PaymentStatus | PayoutStatus;
}
