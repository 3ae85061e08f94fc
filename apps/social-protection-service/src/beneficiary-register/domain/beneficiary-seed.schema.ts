import { type Static, Type } from '@sinclair/typebox';

/** One monthly social-assistance beneficiary: who (PIN) and since when the assistance is paid. */
export const SeedBeneficiarySchema = Type.Object(
  {
    pin: Type.String({ description: '12-digit personal identification number' }),
    since: Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description:
        'ISO date yyyy-mm-dd the monthly assistance began; not in the future, not before the year of birth in the PIN',
    }),
  },
  { additionalProperties: false },
);

/** The beneficiary register seed file: the contract of `SOCIAL_PROTECTION_SEED_FILE`. */
export const BeneficiarySeedSchema = Type.Object(
  { beneficiaries: Type.Array(SeedBeneficiarySchema) },
  { additionalProperties: false },
);

export type BeneficiarySeed = Static<typeof BeneficiarySeedSchema>;
export type SeedBeneficiary = Static<typeof SeedBeneficiarySchema>;
