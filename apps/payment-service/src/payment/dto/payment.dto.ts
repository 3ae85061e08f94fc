import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PAYMENT_STATUSES, type PaymentStatus } from '../domain/payment-status';

/** Path parameters of `GET /v1/payments/{id}` (a fee payment's or a payout's id). */
export class PaymentIdParams {
  @ApiProperty({ format: 'uuid', example: '1797c3a7-ceb4-52bd-be3f-b19db6f99442' })
  @IsUUID('all', { message: '$property must be a UUID' })
  id!: string;
}

/** The refund of a payment. */
export class PaymentRefundView {
  @ApiProperty({ description: "The provider's refund reference.", example: 'SBX-RF-1797c3a7' })
  refundId!: string;

  @ApiProperty({ format: 'date-time' })
  refundedAt!: string;

  @ApiProperty({
    description: 'Why it was refunded, in words the citizen can read.',
    example: 'The dossier was rejected: the birth could not be registered.',
  })
  reason!: string;
}

/** A fee payment of a dossier step. No payer data: the payer is known from the dossier. */
export class PaymentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['fee'], description: 'A fee: money paid by the citizen.' })
  kind!: 'fee';

  @ApiProperty({ format: 'uuid' })
  dossierId!: string;

  @ApiProperty({ example: 'fee' })
  step!: string;

  @ApiProperty({ example: 'birth-registration-bundle' })
  procedure!: string;

  @ApiProperty({ example: 'Certified copies of the birth-certificate extract (2)' })
  description!: string;

  @ApiProperty({ description: 'Whole VND.', example: 8000 })
  amount!: number;

  @ApiProperty({ enum: ['VND'] })
  currency!: 'VND';

  @ApiProperty({ enum: PAYMENT_STATUSES })
  status!: PaymentStatus;

  @ApiProperty({ example: 'sandbox' })
  provider!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'After this an unpaid payment expires.' })
  expiresAt!: string;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the provider took the money.',
  })
  paidAt!: string | null;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When it was declined, expired or cancelled.',
  })
  closedAt!: string | null;

  @ApiProperty({ type: PaymentRefundView, nullable: true })
  refund!: PaymentRefundView | null;
}
