import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { REGISTRATION_NUMBER_PATTERN } from '../domain/registration-number.util';

/** Path parameters of `GET /v1/birth-registrations/{number}`. */
export class RegistrationNumberParams {
  @ApiProperty({
    example: 'KS-26734-2026-000123',
    pattern: REGISTRATION_NUMBER_PATTERN,
    description: 'KS-<commune code>-<year of registration>-<rank in that year, 6+ digits>',
  })
  @Matches(new RegExp(REGISTRATION_NUMBER_PATTERN), {
    message: '$property must be a birth registration number like KS-26734-2026-000123',
  })
  @IsString()
  number!: string;
}

/** The commune whose civil-status office registered the birth. */
export class RegistrationAuthorityView {
  @ApiProperty({ example: '079', description: '3-digit province code, as in PINs' })
  provinceCode!: string;

  @ApiProperty({ example: '26734', description: '5-digit administrative code of the commune' })
  communeCode!: string;
}

/** The child as registered. */
export class ChildView {
  @ApiProperty({ example: 'Trần Minh An' })
  fullName!: string;

  @ApiProperty({ enum: ['male', 'female'] })
  sex!: 'male' | 'female';

  @ApiProperty({ example: '2026-11-02', format: 'date' })
  dateOfBirth!: string;

  @ApiProperty({ example: 'Tu Du Hospital, Ho Chi Minh City' })
  placeOfBirth!: string;

  @ApiProperty({ example: '079226000123', description: 'Issued by the population register' })
  pin!: string;
}

/** A parent, with the particulars the population register holds (never from the form). */
export class ParentView {
  @ApiProperty({ example: '079190000001' })
  pin!: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  fullName!: string;

  @ApiProperty({ example: '1990-04-12', format: 'date' })
  dateOfBirth!: string;
}

/** The extract of a birth registration (trích lục khai sinh). Personal data. */
export class BirthRegistrationExtractView {
  @ApiProperty({ example: 'KS-26734-2026-000123' })
  registrationNumber!: string;

  @ApiProperty({ example: '2026-11-05T02:14:07.120Z', format: 'date-time' })
  registeredAt!: string;

  @ApiProperty({ type: RegistrationAuthorityView })
  registrationAuthority!: RegistrationAuthorityView;

  @ApiProperty({ type: ChildView })
  child!: ChildView;

  @ApiProperty({ type: ParentView })
  mother!: ParentView;

  @ApiProperty({ type: ParentView, nullable: true, description: 'Null when no father was given' })
  father!: ParentView | null;

  @ApiProperty({ example: 'TD-2026-118734' })
  medicalBirthCertificateNo!: string;

  @ApiProperty({ format: 'uuid', description: 'The dossier the birth was registered from' })
  dossierId!: string;
}
