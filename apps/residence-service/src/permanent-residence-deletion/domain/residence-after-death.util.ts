import type { RelationshipToHead } from '../../population-register/domain/population-seed.schema';

/** Where the deceased permanently resided, as the register holds it. */
export interface ResidenceAtDeath {
  /** Their household, or null when they had no permanent residence. */
  readonly householdId: string | null;
  readonly relationshipToHead: RelationshipToHead | null;
  /** `yyyy-mm-dd`, from the death registration. */
  readonly dateOfDeath: string;
}

/** What deleting the permanent residence changes beyond the deceased's own record. */
export interface ResidenceAfterDeath {
  /** The household the deceased leaves (its other members stay), or null. */
  readonly leftHouseholdId: string | null;
  /** Set when the deceased was the head: the household records its head died on this day. */
  readonly headDeceasedOn: string | null;
}

/**
 * The permanent residence of a person who died is deleted (Law on Residence 2020, Art. 24(1)(a)):
 * they leave their household, and its other members stay. When the head died, the household is
 * recorded with its head deceased; choosing the new head is a separate change of the household's
 * particulars (Art. 26), not this step's. A person with no permanent residence leaves nothing.
 */
export function residenceAfterDeath({
  householdId,
  relationshipToHead,
  dateOfDeath,
}: ResidenceAtDeath): ResidenceAfterDeath {
  if (householdId === null) return { leftHouseholdId: null, headDeceasedOn: null };
  return {
    leftHouseholdId: householdId,
    headDeceasedOn: relationshipToHead === 'head' ? dateOfDeath : null,
  };
}
