import { pinRefusal } from './pin-refusal.util';

describe('pinRefusal', () => {
  it('issues when the mother is known and no father is named', () => {
    expect(pinRefusal({ motherKnown: true })).toBeNull();
  });

  it('issues when both named parents are known', () => {
    expect(pinRefusal({ motherKnown: true, fatherKnown: true })).toBeNull();
  });

  it('refuses with mother-unknown when the mother is not in the register', () => {
    expect(pinRefusal({ motherKnown: false, fatherKnown: true })).toEqual({
      code: 'mother-unknown',
      reason: "The mother's PIN is not in the national population register; please check the PIN.",
    });
  });

  it('refuses with father-unknown when only the named father is not in the register', () => {
    expect(pinRefusal({ motherKnown: true, fatherKnown: false })?.code).toBe('father-unknown');
  });

  it('refuses with mother-unknown and names both parents when neither is known', () => {
    const refusal = pinRefusal({ motherKnown: false, fatherKnown: false });

    expect(refusal?.code).toBe('mother-unknown');
    expect(refusal?.reason).toContain("father's PIN");
  });
});
