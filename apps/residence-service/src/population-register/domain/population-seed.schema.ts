import { type Static, Type } from '@sinclair/typebox';

/** How a member is related to the head of their household; exactly one member is the `head`. */
export const RELATIONSHIPS_TO_HEAD = [
  'head',
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other',
] as const;

/** One of {@link RELATIONSHIPS_TO_HEAD}. */
export type RelationshipToHead = (typeof RELATIONSHIPS_TO_HEAD)[number];

/** Sex as recorded in the register (and encoded in the PIN). */
export const SEXES = ['male', 'female'] as const;

/** Life status of a resident. */
export const RESIDENT_STATUSES = ['alive', 'deceased'] as const;

/** One of {@link RESIDENT_STATUSES}. */
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

/** A household id: letters, digits and `-`, 1 to 64 characters (also the path parameter). */
export const HOUSEHOLD_ID_PATTERN = '^[A-Za-z0-9-]{1,64}$';

// A plain `enum` (not a union of literals) so a wrong value is one error, not one per choice.
function stringEnum<T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

const PERSON = {
  pin: Type.String({ description: '12-digit personal identification number' }),
  fullName: Type.String({ minLength: 1, maxLength: 200, description: 'Full name, as registered' }),
  sex: stringEnum(SEXES, 'Must agree with the PIN'),
  dateOfBirth: Type.String({
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: 'ISO date yyyy-mm-dd, not in the future; its year must agree with the PIN',
  }),
};

/** A person known to the register without a permanent residence. */
export const SeedResidentSchema = Type.Object(PERSON, { additionalProperties: false });

/** A member of a household: permanently resides there. */
export const SeedMemberSchema = Type.Object(
  {
    ...PERSON,
    relationshipToHead: stringEnum(
      RELATIONSHIPS_TO_HEAD,
      'Exactly one member of a household is the head',
    ),
  },
  { additionalProperties: false },
);

/** A household (hộ khẩu) and its members. */
export const SeedHouseholdSchema = Type.Object(
  {
    id: Type.String({ pattern: HOUSEHOLD_ID_PATTERN, description: 'Unique household id' }),
    provinceCode: Type.String({ pattern: '^\\d{3}$', description: '3-digit province code' }),
    communeCode: Type.String({ pattern: '^\\d{5}$', description: '5-digit commune code' }),
    address: Type.String({ minLength: 1, maxLength: 500, description: 'Street address' }),
    members: Type.Array(SeedMemberSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

/** The population register seed file: the contract of `RESIDENCE_SEED_FILE`. */
export const PopulationSeedSchema = Type.Object(
  {
    households: Type.Array(SeedHouseholdSchema),
    residents: Type.Array(SeedResidentSchema),
  },
  { additionalProperties: false },
);

export type PopulationSeed = Static<typeof PopulationSeedSchema>;
export type SeedHousehold = Static<typeof SeedHouseholdSchema>;
export type SeedMember = Static<typeof SeedMemberSchema>;
export type SeedResident = Static<typeof SeedResidentSchema>;
