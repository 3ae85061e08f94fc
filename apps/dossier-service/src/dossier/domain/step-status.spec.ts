import {
  canTransition,
  FINAL_STEP_STATUSES,
  isFinalStepStatus,
  STEP_STATUSES,
  STEP_TRANSITIONS,
} from './step-status';

describe('step status', () => {
  it('lets a pending step be dispatched, skipped or found not applicable, and nothing else', () => {
    const allowed = STEP_STATUSES.filter((to) => canTransition('pending', to));

    expect(allowed).toEqual(['dispatched', 'not_applicable', 'skipped']);
  });

  it('lets an agency answer a dispatched step directly or ask for an officer', () => {
    expect(canTransition('dispatched', 'completed')).toBe(true);
    expect(canTransition('dispatched', 'awaiting_officer')).toBe(true);
    expect(canTransition('dispatched', 'pending')).toBe(false);
    expect(canTransition('dispatched', 'skipped')).toBe(false);
  });

  it('lets an officer resume, complete or reject a step but not fail it', () => {
    expect(canTransition('awaiting_officer', 'in_progress')).toBe(true);
    expect(canTransition('awaiting_officer', 'completed')).toBe(true);
    expect(canTransition('awaiting_officer', 'rejected')).toBe(true);
    expect(canTransition('awaiting_officer', 'failed')).toBe(false);
  });

  it.each(FINAL_STEP_STATUSES)('never lets a %s step change again', (from) => {
    expect(STEP_TRANSITIONS[from]).toEqual([]);
    expect(STEP_STATUSES.some((to) => canTransition(from, to))).toBe(false);
  });

  it('treats exactly the statuses without outgoing transitions as final', () => {
    const withoutExits = STEP_STATUSES.filter((status) => STEP_TRANSITIONS[status].length === 0);

    expect(withoutExits).toEqual(STEP_STATUSES.filter(isFinalStepStatus));
  });

  it('does not count staying in the same status as a transition', () => {
    expect(STEP_STATUSES.some((status) => canTransition(status, status))).toBe(false);
  });
});
