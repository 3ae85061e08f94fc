import { birthRejectionReason } from './birth-rejection-reason.util';

describe('birthRejectionReason', () => {
  it('names the existing registration number of a child already registered', () => {
    const reason = birthRejectionReason({
      code: 'already-registered',
      registrationNumber: 'KS-26734-2026-000007',
    });
    expect(reason).toContain('already registered');
    expect(reason).toContain('KS-26734-2026-000007');
  });

  it('says a child is already being registered while the other registration awaits its PIN', () => {
    const reason = birthRejectionReason({ code: 'already-registered', registrationNumber: null });
    expect(reason).toContain('already being registered');
  });

  it('explains a date of birth in the future without quoting it', () => {
    const reason = birthRejectionReason({ code: 'date-of-birth-in-future' });
    expect(reason).toContain('after today');
    expect(reason).not.toMatch(/[0-9]{4}-[0-9]{2}-[0-9]{2}/);
  });
});
