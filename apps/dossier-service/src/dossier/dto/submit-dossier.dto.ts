import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { fullFormats } from 'ajv-formats/dist/formats';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsNotEmptyObject,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PROCEDURE_CODES } from '../../procedure/definitions';
import { FEE_CHANNELS, type FeeChannel } from '../../procedure/domain/fee-rule';

/** How the applicant is related to the person the dossier is about. */
export const APPLICANT_RELATIONSHIPS = [
  'mother',
  'father',
  'guardian',
  'grandparent',
  'sibling',
  'child',
  'spouse',
  'relative',
  'other',
] as const;

/** A bank account benefits are paid to. */
export class BankAccountDto {
  @ApiProperty({ example: '970436', description: 'NAPAS bank identification number, 6 digits.' })
  @Matches(/^[0-9]{6}$/, { message: '$property must be 6 digits' })
  @IsString()
  bankCode!: string;

  @ApiProperty({ example: '0071000123456' })
  @Matches(/^[0-9]{6,19}$/, { message: '$property must be 6 to 19 digits' })
  @IsString()
  accountNumber!: string;

  @ApiProperty({ example: 'NGUYEN THI LAN' })
  @MaxLength(100)
  @Matches(/\S/, { message: '$property must not be blank' })
  @IsString()
  accountName!: string;
}

/** Who files the dossier. */
export class ApplicantDto {
  @ApiProperty({ example: '079190000001', description: 'PIN, 12 digits.' })
  @Matches(/^[0-9]{12}$/, { message: '$property must be exactly 12 digits' })
  @IsString()
  pin!: string;

  @ApiProperty({ example: 'Nguyen Thi Lan' })
  @MaxLength(100)
  @Matches(/\S/, { message: '$property must not be blank' })
  @IsString()
  fullName!: string;

  @ApiProperty({ enum: APPLICANT_RELATIONSHIPS, example: 'mother' })
  @IsIn(APPLICANT_RELATIONSHIPS)
  relationship!: (typeof APPLICANT_RELATIONSHIPS)[number];

  @ApiPropertyOptional({ example: 'lan@example.vn', description: 'Where to e-mail updates.' })
  @IsOptional()
  @MaxLength(254)
  // The contracts check e-mails with ajv's "email" format: the same rule here, so an address
  // accepted at intake can always travel in the events (class-validator alone accepts more).
  @Matches(fullFormats.email as RegExp, { message: '$property must be an e-mail address' })
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ example: '0901234567' })
  @IsOptional()
  @Matches(/^(\+84|0)[0-9]{9,10}$/, { message: '$property must be a Vietnamese phone number' })
  @IsString()
  phone?: string;

  @ApiPropertyOptional({
    type: BankAccountDto,
    description: 'Where benefits are paid (required by procedures that pay any).',
  })
  // Absent is fine; null or an array is not an account (IsOptional would let null through).
  @ValidateIf((_: unknown, value: unknown) => value !== undefined)
  @ValidateNested()
  @IsObject({ message: '$property must be an object with bankCode, accountNumber and accountName' })
  @Type(() => BankAccountDto)
  bankAccount?: BankAccountDto;
}

/**
 * The body of `POST /v1/dossiers`. The envelope is checked here; `data` is checked against the
 * JSON Schema of the procedure's form (see GET /v1/procedures, later), errors in the same format.
 */
export class SubmitDossierDto {
  @ApiProperty({ enum: PROCEDURE_CODES, example: 'birth-registration-bundle' })
  @IsIn(PROCEDURE_CODES, { message: `$property must be one of: ${PROCEDURE_CODES.join(', ')}` })
  @IsString()
  procedure!: string;

  @ApiProperty({ enum: FEE_CHANNELS, example: 'online' })
  @IsIn(FEE_CHANNELS)
  channel!: FeeChannel;

  @ApiProperty({ type: ApplicantDto })
  @ValidateNested()
  @Type(() => ApplicantDto)
  @IsDefined()
  applicant!: ApplicantDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The procedure's form; its JSON Schema depends on `procedure`.",
  })
  @IsNotEmptyObject()
  @IsObject()
  data!: Record<string, unknown>;
}
