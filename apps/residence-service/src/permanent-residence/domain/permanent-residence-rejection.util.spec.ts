import { permanentResidenceRejectionReason } from './permanent-residence-rejection.util';

describe('permanentResidenceRejectionReason', () => {
  it('says the chosen parent has no permanent residence, and what to do', () => {
    expect(
      permanentResidenceRejectionReason({
        code: 'parent-without-permanent-residence',
        withParent: 'mother',
      }),
    ).toBe(
      'The mother has no permanent residence in the national population register, so the child ' +
        "cannot be registered there. Choose the other parent's permanent residence, or register " +
        "the mother's permanent residence first.",
    );
  });

  it('says which parent was chosen but not given', () => {
    expect(
      permanentResidenceRejectionReason({ code: 'parent-not-given', withParent: 'father' }),
    ).toBe(
      "The child was to take the father's permanent residence, but no PIN was given for the father.",
    );
  });

  it('says the child is unknown to the register', () => {
    expect(
      permanentResidenceRejectionReason({ code: 'child-unknown', withParent: 'mother' }),
    ).toContain("child's PIN is not in the national population register");
  });
});
