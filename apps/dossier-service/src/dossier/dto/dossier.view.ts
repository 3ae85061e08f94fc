import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { PROCEDURE_CODES } from '../../procedure/definitions';
import { DOSSIER_STATUSES, type DossierStatus } from '../domain/dossier-status';
import { STEP_STATUSES, type StepStatus } from '../domain/step-status';

/** Path parameters of `GET /v1/dossiers/{id}`. */
export class DossierIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

/** `?status=` with nothing after it means no filter, as clients building URLs expect. */
const EmptyAsAbsent = () =>
  Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

/** Query of `GET /v1/dossiers`. */
export class ListDossiersQuery {
  @ApiPropertyOptional({ enum: DOSSIER_STATUSES })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES)
  @EmptyAsAbsent()
  status?: DossierStatus;

  @ApiPropertyOptional({ enum: PROCEDURE_CODES })
  @IsOptional()
  @IsIn(PROCEDURE_CODES)
  @EmptyAsAbsent()
  procedure?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @EmptyAsAbsent()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Max(100)
  @Min(1)
  @IsInt()
  @Type(() => Number)
  limit?: number;
}

/** The compensation of a completed step (a refunded fee). */
export class CompensationView {
  @ApiProperty({ enum: ['requested', 'completed'] })
  status!: 'requested' | 'completed';
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) completedAt?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  result?: Record<string, unknown>;
}

/** One step of a dossier. */
export class StepView {
  @ApiProperty({ example: 'birth' }) key!: string;
  @ApiProperty({ example: 'civil-status-service' }) agency!: string;
  @ApiProperty({ example: 'Birth registration' }) name!: string;
  @ApiProperty({ enum: STEP_STATUSES }) status!: StepStatus;
  @ApiProperty({ format: 'date', description: 'Processing deadline (working days).' })
  deadline!: string;
  @ApiProperty({ type: [String], description: 'Keys of the steps it waits for.' })
  needs!: string[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'When completed.',
  })
  result?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'When rejected, failed, skipped or not applicable.' })
  reason?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'While in progress: what the agency said (e.g. the payment to make).',
  })
  progress?: Record<string, unknown>;
  @ApiPropertyOptional({ type: CompensationView })
  compensation?: CompensationView;
}

/** One line of a dossier's timeline. */
export class TimelineEntryView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: ['dossier', 'step', 'compensation'] })
  kind!: 'dossier' | 'step' | 'compensation';
  @ApiPropertyOptional() step?: string;
  @ApiProperty() agency!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) from!: string | null;
  @ApiProperty() to!: string;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional({ format: 'date' }) deadline?: string;
}

/** The fee of a dossier. */
export class FeeView {
  @ApiProperty({ example: 8000 }) amount!: number;
  @ApiProperty({ example: 'VND' }) currency!: 'VND';
  @ApiProperty() description!: string;
}

/** A dossier, as its applicant and the officers see it. */
export class DossierView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'birth-registration-bundle' }) procedure!: string;
  @ApiProperty({ enum: DOSSIER_STATUSES }) status!: DossierStatus;
  @ApiProperty({ enum: ['online', 'counter'] }) channel!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) finishedAt?: string;
  @ApiPropertyOptional({ type: FeeView }) fee?: FeeView;
  @ApiProperty({ type: [StepView] }) steps!: StepView[];
  @ApiPropertyOptional({ type: [TimelineEntryView] }) timeline?: TimelineEntryView[];
}

/** A page of dossiers. */
export class DossierPageView {
  @ApiProperty({ type: [DossierView] }) items!: DossierView[];
  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last.' })
  nextCursor?: string;
}
