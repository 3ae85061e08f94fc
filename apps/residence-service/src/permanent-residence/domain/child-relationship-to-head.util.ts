import type { RelationshipToHead } from '../../population-register/domain/population-seed.schema';

// A child's place in the household, from the parent's: the register's relationships are to the
// head, so a child of the head or of the spouse is the head's child, a child of the head's child
// a grandchild, and a child of the head's parent the head's sibling. Anything further is 'other'.
const CHILD_OF = {
  head: 'child',
  spouse: 'child',
  child: 'grandchild',
  parent: 'sibling',
  sibling: 'other',
  grandchild: 'other',
  grandparent: 'other',
  other: 'other',
} as const satisfies Record<RelationshipToHead, RelationshipToHead>;

/**
 * How a newborn registered at a parent's permanent residence is related to the head of that
 * household, given how the parent is (Law on Residence 2020, Art. 20(2)(a): a child registers
 * where a parent permanently resides, as a member of that household).
 */
export function childRelationshipToHead(
  parentRelationship: RelationshipToHead,
): RelationshipToHead {
  return CHILD_OF[parentRelationship];
}
