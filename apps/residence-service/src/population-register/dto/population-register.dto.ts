import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, ValidateBy } from 'class-validator';
import { isPinFormat } from '../../pin/domain/pin-format.util';
import {
  HOUSEHOLD_ID_PATTERN,
  RELATIONSHIPS_TO_HEAD,
  RESIDENT_STATUSES,
  SEXES,
  type RelationshipToHead,
  type ResidentStatus,
} from '../domain/population-seed.schema';
import type { PinSex } from '../../pin/domain/pin-prefix.util';

/** A PIN in the shape the PIN domain accepts: exactly 12 ASCII digits. */
function IsPin(): PropertyDecorator {
  return ValidateBy({
    name: 'isPin',
    validator: {
      validate: (value: unknown) => isPinFormat(value),
      defaultMessage: () => '$property must be exactly 12 digits',
    },
  });
}

/** Path parameters of `GET /v1/residents/{pin}`. */
export class ResidentPinParams {
  @ApiProperty({ example: '079087000042', description: '12-digit personal identification number' })
  @IsPin()
  pin!: string;
}

/** Path parameters of `GET /v1/households/{id}`. */
export class HouseholdIdParams {
  @ApiProperty({ example: 'HK-079-000001', pattern: HOUSEHOLD_ID_PATTERN })
  @Matches(new RegExp(HOUSEHOLD_ID_PATTERN), {
    message: '$property must be 1-64 letters, digits or dashes',
  })
  @IsString()
  id!: string;
}

/** Where a household is: province and commune codes (as in PINs and administrative lists), address. */
export class HouseholdAddressView {
  @ApiProperty({ example: '079' })
  provinceCode!: string;

  @ApiProperty({ example: '26734' })
  communeCode!: string;

  @ApiProperty({ example: '12 Lê Lợi' })
  address!: string;
}

/** Where a resident permanently resides. */
export class PermanentResidenceView extends HouseholdAddressView {
  @ApiProperty({ example: 'HK-079-000001' })
  householdId!: string;

  @ApiProperty({ enum: RELATIONSHIPS_TO_HEAD })
  relationshipToHead!: RelationshipToHead;
}

/** Who a person is, as the register knows them (personal data: never logged). */
export class PersonView {
  @ApiProperty({ example: '079087000042' })
  pin!: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  fullName!: string;

  @ApiProperty({ enum: SEXES })
  sex!: PinSex;

  @ApiProperty({ example: '1987-05-14', format: 'date' })
  dateOfBirth!: string;
}

/** A resident as the register holds them. */
export class ResidentView extends PersonView {
  @ApiProperty({ enum: RESIDENT_STATUSES })
  status!: ResidentStatus;

  @ApiProperty({
    example: null,
    format: 'date',
    nullable: true,
    type: String,
    description: 'From the death registration once deceased; null while alive',
  })
  dateOfDeath!: string | null;

  @ApiProperty({
    type: PermanentResidenceView,
    nullable: true,
    description: 'Null when none is registered, and once deleted at death',
  })
  permanentResidence!: PermanentResidenceView | null;
}

/** A member of a household. */
export class HouseholdMemberView extends PersonView {
  @ApiProperty({ enum: RELATIONSHIPS_TO_HEAD })
  relationshipToHead!: RelationshipToHead;

  @ApiProperty({ enum: RESIDENT_STATUSES })
  status!: ResidentStatus;
}

/** A household and its members (its permanent residents), head first. */
export class HouseholdView extends HouseholdAddressView {
  @ApiProperty({ example: 'HK-079-000001' })
  id!: string;

  @ApiProperty({
    example: null,
    format: 'date',
    nullable: true,
    type: String,
    description:
      "Date of death of the head, whose permanent residence was deleted: the household has no head member until a new head is registered, and members' relationshipToHead stay those to the deceased head. Null while the household has a head.",
  })
  headDeceasedOn!: string | null;

  @ApiProperty({ type: [HouseholdMemberView] })
  members!: HouseholdMemberView[];
}
