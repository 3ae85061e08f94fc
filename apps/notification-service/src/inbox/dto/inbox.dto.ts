import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, ValidateBy } from 'class-validator';
import { EMAIL_STATUSES, type EmailStatus } from '../../email/domain/email-status';
import { decodeInboxCursor } from '../domain/inbox-cursor.util';

/** Page size of the inbox when the request gives none, and the largest accepted. */
export const INBOX_PAGE = { defaultLimit: 20, maxLimit: 100 } as const;

/** Path parameters of `GET /v1/inbox/{pin}`. */
export class InboxPinParams {
  @ApiProperty({ example: '079190000001', description: "The applicant's 12-digit PIN." })
  @Matches(/^[0-9]{12}$/, { message: '$property must be exactly 12 digits' })
  @IsString()
  pin!: string;
}

/** Query of `GET /v1/inbox/{pin}`. */
export class InboxQuery {
  @ApiPropertyOptional({ description: '`nextCursor` of the previous page; opaque.' })
  @IsOptional()
  @ValidateBy({
    name: 'isInboxCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && decodeInboxCursor(value) !== null,
      defaultMessage: () => '$property must be a nextCursor given by this API',
    },
  })
  cursor?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: INBOX_PAGE.maxLimit,
    default: INBOX_PAGE.defaultLimit,
  })
  @IsOptional()
  @Max(INBOX_PAGE.maxLimit)
  @Min(1)
  @IsInt()
  @Type(() => Number)
  limit?: number;
}

/** The e-mail copy of a message. */
export class EmailView {
  @ApiProperty({
    enum: EMAIL_STATUSES,
    description:
      'pending (to be sent or retried), sent, failed (given up), not_sent (no address given), disabled (e-mail not configured)',
  })
  status!: EmailStatus;
}

/** One message of an applicant's inbox. */
export class InboxMessageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  dossierId!: string;

  @ApiProperty({ example: 'completed', description: 'The dossier status the message tells of.' })
  status!: string;

  @ApiProperty({ example: 'Hồ sơ đã hoàn thành / Dossier completed: ...' })
  subject!: string;

  @ApiProperty({ description: 'Plain text, Vietnamese then English, line by line.' })
  body!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: EmailView })
  email!: EmailView;
}

/** A page of an inbox, newest first. */
export class InboxPageView {
  @ApiProperty({ type: [InboxMessageView] })
  items!: InboxMessageView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next (older) page; null on the last page.',
  })
  nextCursor!: string | null;
}
