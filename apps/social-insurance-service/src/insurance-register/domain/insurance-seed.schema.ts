import { type Static, Type } from '@sinclair/typebox';

/**
 * How a person is in the social-insurance register:
 * - `participant`: has paid compulsory contributions (paying now, or months kept on record);
 * - `pensioner`: draws a monthly retirement pension.
 */
export const INSURED_KINDS = ['participant', 'pensioner'] as const;

/** One of {@link INSURED_KINDS}. */
export type InsuredKind = (typeof INSURED_KINDS)[number];

// A plain `enum` (not a union of literals) so a wrong value is one error, not one per choice.
function stringEnum<T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

/** One insured person of the seed file. */
export const SeedParticipantSchema = Type.Object(
  {
    pin: Type.String({ description: '12-digit personal identification number, unique' }),
    kind: stringEnum(INSURED_KINDS, 'participant (contributor) or pensioner'),
    contributionMonths: Type.Integer({
      minimum: 0,
      description: 'Months of compulsory social-insurance contributions on record',
    }),
    since: Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description:
        'ISO date yyyy-mm-dd, not in the future: first contribution (participant) or first pension payment (pensioner)',
    }),
  },
  { additionalProperties: false },
);

/** The insurance register seed file: the contract of `SOCIAL_INSURANCE_SEED_FILE`. */
export const InsuranceSeedSchema = Type.Object(
  { participants: Type.Array(SeedParticipantSchema) },
  { additionalProperties: false },
);

export type InsuranceSeed = Static<typeof InsuranceSeedSchema>;
export type SeedParticipant = Static<typeof SeedParticipantSchema>;
