import {
  RELATIONSHIPS_TO_HEAD,
  type RelationshipToHead,
} from '../../population-register/domain/population-seed.schema';
import { childRelationshipToHead } from './child-relationship-to-head.util';

describe('childRelationshipToHead', () => {
  it.each<[RelationshipToHead, RelationshipToHead]>([
    ['head', 'child'],
    ['spouse', 'child'],
    ['child', 'grandchild'],
    ['parent', 'sibling'],
    ['sibling', 'other'],
    ['grandchild', 'other'],
    ['grandparent', 'other'],
    ['other', 'other'],
  ])("makes the child of the household's %s its %s", (parent, child) => {
    expect(childRelationshipToHead(parent)).toBe(child);
  });

  it('never makes a newborn the head of a household', () => {
    expect(RELATIONSHIPS_TO_HEAD.map(childRelationshipToHead)).not.toContain('head');
  });
});
