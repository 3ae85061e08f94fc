import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import {
  FUNERAL_ALLOWANCE_STATUSES,
  type FuneralAllowanceStatus,
} from '../domain/funeral-allowance-status';
import type { FuneralAllowanceRefusalCode } from '../domain/funeral-allowance-refusal.util';

/** Path parameters of `GET /v1/funeral-allowances/{dossierId}`. */
export class DossierIdParams {
  @ApiProperty({ format: 'uuid', description: 'The dossier whose funeral allowance is shown.' })
  @IsUUID('all', { message: '$property must be a UUID' })
  dossierId!: string;
}

/** A dossier's funeral allowance decision, for operators (personal data: the deceased's PIN). */
export class FuneralAllowanceView {
  @ApiProperty({ format: 'uuid' })
  dossierId!: string;

  @ApiProperty({ example: 'funeral-allowance' })
  step!: string;

  @ApiProperty({ enum: FUNERAL_ALLOWANCE_STATUSES })
  status!: FuneralAllowanceStatus;

  @ApiProperty({ example: '079055000003' })
  deceasedPin!: string;

  @ApiProperty({ example: '2026-11-20', format: 'date' })
  dateOfDeath!: string;

  @ApiProperty({ example: 23400000, nullable: true, type: Number, description: 'Whole VND.' })
  amount!: number | null;

  @ApiProperty({ example: 'VND', nullable: true, type: String })
  currency!: 'VND' | null;

  @ApiProperty({
    example: 2340000,
    nullable: true,
    type: Number,
    description: 'The reference level in force on the date of death.',
  })
  referenceLevel!: number | null;

  @ApiProperty({ example: 10, nullable: true, type: Number })
  referenceLevelMultiple!: number | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'payment-service.' })
  paymentId!: string | null;

  @ApiProperty({
    enum: ['not-in-register', 'insufficient-contributions', 'already-granted'],
    nullable: true,
  })
  refusalCode!: FuneralAllowanceRefusalCode | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why not applicable, or why the payout failed.',
  })
  reason!: string | null;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  settledAt!: string | null;
}
