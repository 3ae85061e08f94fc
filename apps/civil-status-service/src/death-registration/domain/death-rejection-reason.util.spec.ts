import { DEATH_REGISTRATION_REJECTION_CODES } from '@lienthong/contracts';
import { deathRejectionReason, type DeathRefusal } from './death-rejection-reason.util';

const EVERY_REFUSAL: readonly DeathRefusal[] = [
  { code: 'date-of-death-in-future' },
  { code: 'deceased-unknown' },
  { code: 'already-deceased', registrationNumber: 'KT-2026-000007' },
  { code: 'already-deceased', registrationNumber: null },
  { code: 'date-of-death-before-birth' },
];

describe('deathRejectionReason', () => {
  it('names the number of the death already registered', () => {
    const reason = deathRejectionReason({
      code: 'already-deceased',
      registrationNumber: 'KT-2026-000007',
    });
    expect(reason).toContain('already registered');
    expect(reason).toContain('KT-2026-000007');
  });

  it('says the population register records the person as deceased when there is no number', () => {
    expect(deathRejectionReason({ code: 'already-deceased', registrationNumber: null })).toContain(
      'already records this person as deceased',
    );
  });

  it('explains a date of death in the future, an unknown PIN and a death before birth', () => {
    expect(deathRejectionReason({ code: 'date-of-death-in-future' })).toContain('after today');
    expect(deathRejectionReason({ code: 'deceased-unknown' })).toContain(
      'not in the national population register',
    );
    expect(deathRejectionReason({ code: 'date-of-death-before-birth' })).toContain(
      'before the date of birth',
    );
  });

  it('has a reason for every code of the contract, none quoting a date or a PIN', () => {
    expect(new Set(EVERY_REFUSAL.map((refusal) => refusal.code))).toEqual(
      new Set(DEATH_REGISTRATION_REJECTION_CODES),
    );
    for (const refusal of EVERY_REFUSAL) {
      const reason = deathRejectionReason(refusal);
      expect(reason).not.toMatch(/[0-9]{4}-[0-9]{2}-[0-9]{2}/);
      expect(reason).not.toMatch(/[0-9]{12}/);
    }
  });
});
