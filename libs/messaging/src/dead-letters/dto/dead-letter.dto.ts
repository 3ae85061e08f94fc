import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  DEAD_LETTER_REASONS,
  DEAD_LETTER_STATUSES,
  type DeadLetterReason,
  type DeadLetterStatus,
} from '../dead-letter.types';

/** Path parameters of /v1/dead-letters/{id}: a malformed id is a 400 naming the parameter. */
export class DeadLetterIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

/** Query of GET /v1/dead-letters. */
export class ListDeadLettersQuery {
  @ApiPropertyOptional({ enum: DEAD_LETTER_STATUSES })
  @IsOptional()
  @IsIn(DEAD_LETTER_STATUSES)
  status?: DeadLetterStatus;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

/** A dead letter as operators see it in the list. */
export class DeadLetterView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Consumer group that gave up.' }) consumer!: string;
  @ApiProperty() topic!: string;
  @ApiProperty() partition!: number;
  @ApiProperty({ description: 'Kafka offset, as a string.' }) offset!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Kafka key: the dossier id.' }) key!:
    string | null;
  @ApiProperty({ nullable: true, type: String }) eventId!: string | null;
  @ApiProperty({ nullable: true, type: String }) eventType!: string | null;
  @ApiProperty({ enum: DEAD_LETTER_REASONS }) reason!: DeadLetterReason;
  @ApiProperty() error!: string;
  @ApiProperty({ description: 'How many times the handler was tried.' }) attempts!: number;
  @ApiProperty({ enum: DEAD_LETTER_STATUSES }) status!: DeadLetterStatus;
  @ApiProperty() replayAttempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastReplayError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) replayedAt!: string | null;
}

/** One dead letter with the message exactly as it was received. */
export class DeadLetterDetail extends DeadLetterView {
  @ApiProperty({ description: 'The message value as received (may hold personal data).' })
  originalMessage!: string;
}

export class DeadLetterPage {
  @ApiProperty({ type: [DeadLetterView] }) items!: DeadLetterView[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Cursor of the next page, null at the end.',
  })
  nextCursor!: string | null;
}

export class ReplayResult {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DEAD_LETTER_STATUSES }) status!: DeadLetterStatus;
  @ApiProperty({
    enum: ['applied', 'duplicate', 'skipped'],
    description: 'What the handler did this time.',
  })
  outcome!: 'applied' | 'duplicate' | 'skipped';
}
