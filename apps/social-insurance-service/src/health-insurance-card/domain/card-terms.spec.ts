import { CHILD_CARD_BENEFIT_LEVEL, CHILD_CARD_CATEGORY, CHILD_CARD_RULE } from './card-terms';

describe('child card terms', () => {
  it('are category TE at benefit level 1, covering children under 6 until 30 September', () => {
    expect(CHILD_CARD_CATEGORY).toBe('TE');
    expect(CHILD_CARD_BENEFIT_LEVEL).toBe(1);
    expect(CHILD_CARD_RULE).toEqual({ ageLimitYears: 6, schoolYearEnd: { month: 9, day: 30 } });
  });
});
