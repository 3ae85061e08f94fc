import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { DEATH_REGISTRATION_NUMBER_PATTERN } from '../domain/death-registration-number.util';

/** Path parameters of `GET /v1/death-registrations/{number}`. */
export class DeathRegistrationNumberParams {
  @ApiProperty({
    example: 'KT-2026-000042',
    pattern: DEATH_REGISTRATION_NUMBER_PATTERN,
    description: 'KT-<year of registration>-<rank in that year, 6+ digits>',
  })
  @Matches(new RegExp(DEATH_REGISTRATION_NUMBER_PATTERN), {
    message: '$property must be a death registration number like KT-2026-000042',
  })
  @IsString()
  number!: string;
}

/** The deceased, with the particulars the population register holds (never from the form). */
export class DeceasedView {
  @ApiProperty({ example: '079055000003' })
  pin!: string;

  @ApiProperty({ example: 'Nguyễn Văn Bình' })
  fullName!: string;

  @ApiProperty({ enum: ['male', 'female'] })
  sex!: 'male' | 'female';

  @ApiProperty({ example: '1955-02-10', format: 'date' })
  dateOfBirth!: string;
}

/** Who declared the death. */
export class DeathApplicantView {
  @ApiProperty({ example: '079190000001' })
  pin!: string;

  @ApiProperty({ example: 'child', description: 'Relationship to the deceased, as declared' })
  relationship!: string;
}

/** The extract of a death registration (trích lục khai tử). Personal data. */
export class DeathRegistrationExtractView {
  @ApiProperty({ example: 'KT-2026-000042' })
  registrationNumber!: string;

  @ApiProperty({ example: '2026-11-21T02:14:07.120Z', format: 'date-time' })
  registeredAt!: string;

  @ApiProperty({ type: DeceasedView })
  deceased!: DeceasedView;

  @ApiProperty({ example: '2026-11-20', format: 'date' })
  dateOfDeath!: string;

  @ApiProperty({ example: 'Cho Ray Hospital, Ho Chi Minh City' })
  placeOfDeath!: string;

  @ApiProperty({ example: 'CR-2026-044120' })
  medicalDeathCertificateNo!: string;

  @ApiProperty({ type: DeathApplicantView })
  applicant!: DeathApplicantView;

  @ApiProperty({ format: 'uuid', description: 'The dossier the death was registered from' })
  dossierId!: string;
}
