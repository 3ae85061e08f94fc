import { deletionRejectionReason } from './deletion-rejection.util';

describe('deletionRejectionReason', () => {
  it('says the PIN is unknown to the register, quoting no PIN', () => {
    const reason = deletionRejectionReason('resident-unknown');
    expect(reason).toContain('not in the national population register');
    expect(reason).not.toMatch(/[0-9]{12}/);
  });
});
