import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

/** Path parameters of `GET /v1/health-insurance-cards/{number}`. */
export class CardNumberParams {
  @ApiProperty({
    example: '079226000123',
    pattern: '^[0-9]{12}$',
    description: "Card number: for a child's card, the child's 12-digit PIN.",
  })
  @Matches(/^[0-9]{12}$/, { message: '$property must be exactly 12 digits' })
  @IsString()
  number!: string;
}

/** Who the card covers (personal data: never logged). */
export class CardHolderView {
  @ApiProperty({ example: '079226000123' })
  pin!: string;

  @ApiProperty({ example: 'Trần Minh An' })
  fullName!: string;

  @ApiProperty({ example: '2026-11-02', format: 'date' })
  dateOfBirth!: string;
}

/** A health-insurance card as the register holds it. */
export class HealthInsuranceCardView {
  @ApiProperty({ example: '079226000123', description: "The holder's PIN." })
  cardNumber!: string;

  @ApiProperty({ type: CardHolderView })
  holder!: CardHolderView;

  @ApiProperty({ example: 'TE', description: 'Beneficiary category; TE is children under 6.' })
  category!: string;

  @ApiProperty({ example: 1, minimum: 1, maximum: 5, description: '1: 100% of covered costs.' })
  benefitLevel!: number;

  @ApiProperty({ example: '2026-11-02', format: 'date' })
  validFrom!: string;

  @ApiProperty({ example: '2032-11-30', format: 'date', description: 'Inclusive.' })
  validTo!: string;

  @ApiProperty({ example: '2026-11-03T02:15:00.000Z', format: 'date-time' })
  issuedAt!: string;

  @ApiProperty({ format: 'uuid', description: 'The dossier whose command issued the card.' })
  dossierId!: string;
}
