import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

/** Path parameters of `GET /v1/beneficiaries/{pin}`. */
export class BeneficiaryPinParams {
  @ApiProperty({
    example: '079158000005',
    pattern: '^[0-9]{12}$',
    description: '12-digit personal identification number',
  })
  @Matches(/^[0-9]{12}$/, { message: '$property must be exactly 12 digits' })
  @IsString()
  pin!: string;
}

/** A monthly social-assistance beneficiary (personal data: never logged). */
export class BeneficiaryView {
  @ApiProperty({ example: '079158000005' })
  pin!: string;

  @ApiProperty({
    example: '2020-01-01',
    format: 'date',
    description: 'The date the monthly social assistance began.',
  })
  since!: string;
}
