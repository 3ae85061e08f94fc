import { ApiProperty } from '@nestjs/swagger';
import {
  PAYOUT_FAILURE_CODES,
  PAYOUT_STATUSES,
  type PayoutFailureCode,
  type PayoutStatus,
} from '../domain/payout-status';

/** Where a payout went, without the full account number. */
export class PayoutPayeeView {
  @ApiProperty({ description: 'NAPAS bank code.', example: '970436' })
  bankCode!: string;

  @ApiProperty({
    description: 'The account number, all but the last 4 digits masked.',
    example: '*********3456',
  })
  accountNumber!: string;
}

/** Why a payout failed. */
export class PayoutFailureView {
  @ApiProperty({ enum: PAYOUT_FAILURE_CODES })
  code!: PayoutFailureCode;

  @ApiProperty({
    description: 'In words the citizen can read.',
    example: "The payee's bank refused the transfer: the benefit was not paid.",
  })
  reason!: string;
}

/** A benefit paid to a citizen for a dossier step, on an agency's behalf. */
export class PayoutView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['payout'], description: 'A payout: money paid to the citizen.' })
  kind!: 'payout';

  @ApiProperty({ format: 'uuid' })
  dossierId!: string;

  @ApiProperty({ example: 'funeral-allowance' })
  step!: string;

  @ApiProperty({ description: 'The paying agency.', example: 'social-insurance-service' })
  agency!: string;

  @ApiProperty({ example: 'funeral-allowance' })
  benefit!: string;

  @ApiProperty({ example: 'Funeral allowance' })
  description!: string;

  @ApiProperty({ description: 'Whole VND.', example: 23400000 })
  amount!: number;

  @ApiProperty({ enum: ['VND'] })
  currency!: 'VND';

  @ApiProperty({ enum: PAYOUT_STATUSES })
  status!: PayoutStatus;

  @ApiProperty({ example: 'sandbox' })
  provider!: string;

  @ApiProperty({ type: PayoutPayeeView })
  payee!: PayoutPayeeView;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the provider reported the transfer made.',
  })
  paidAt!: string | null;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the provider reported the transfer refused.',
  })
  failedAt!: string | null;

  @ApiProperty({ type: PayoutFailureView, nullable: true })
  failure!: PayoutFailureView | null;
}
