import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import {
  FUNERAL_SUPPORT_STATUSES,
  type FuneralSupportStatus,
} from '../domain/funeral-support-status';

/** Path parameters of `GET /v1/funeral-supports/{dossierId}`. */
export class FuneralSupportDossierParams {
  @ApiProperty({ format: 'uuid', example: '5b0f7a52-3c0e-4d8f-9a43-3f1e5a8e0b11' })
  @IsUUID('all', { message: '$property must be a UUID' })
  dossierId!: string;
}

/** The funeral-support decision of a dossier (personal data: never logged). */
export class FuneralSupportView {
  @ApiProperty({ format: 'uuid' })
  dossierId!: string;

  @ApiProperty({ example: 'funeral-support' })
  step!: string;

  @ApiProperty({ enum: FUNERAL_SUPPORT_STATUSES })
  status!: FuneralSupportStatus;

  @ApiProperty({ example: '079158000005' })
  deceasedPin!: string;

  @ApiProperty({ example: '2026-11-20', format: 'date' })
  dateOfDeath!: string;

  @ApiProperty({ example: '079190000001', description: 'Who the support is paid to.' })
  payeePin!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 10_000_000,
    description: 'The support due, whole VND; null when the deceased was not a beneficiary.',
  })
  amount!: number | null;

  @ApiProperty({ enum: ['VND'] })
  currency!: 'VND';

  @ApiProperty({
    type: Number,
    nullable: true,
    example: null,
    description: 'The funeral allowance paid for the same death, as the command said.',
  })
  otherFuneralBenefitPaid!: number | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'In payment-service.' })
  paymentId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['not-a-beneficiary', 'higher-benefit-paid', 'payout-failed'],
    description: 'Why not paid (status not_applicable or failed).',
  })
  code!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  settledAt!: string | null;
}
