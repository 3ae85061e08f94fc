import { decideDeathRegistration } from './decide-death-registration.util';

const ALIVE = { status: 'alive', dateOfBirth: '1955-02-10' } as const;

describe('decideDeathRegistration', () => {
  it('registers the death of a living person known to the register, after their birth', () => {
    expect(
      decideDeathRegistration({
        resident: ALIVE,
        dateOfDeath: '2026-11-20',
        registeredDeathNumber: null,
      }),
    ).toEqual({ outcome: 'register', resident: ALIVE });
  });

  it('refuses a PIN the population register does not know', () => {
    expect(
      decideDeathRegistration({
        resident: null,
        dateOfDeath: '2026-11-20',
        registeredDeathNumber: null,
      }),
    ).toEqual({ outcome: 'refuse', refusal: { code: 'deceased-unknown' } });
  });

  it('refuses a death already in the death register, naming its number, even if the population register still says alive', () => {
    expect(
      decideDeathRegistration({
        resident: ALIVE,
        dateOfDeath: '2026-11-20',
        registeredDeathNumber: 'KT-2026-000001',
      }),
    ).toEqual({
      outcome: 'refuse',
      refusal: { code: 'already-deceased', registrationNumber: 'KT-2026-000001' },
    });
  });

  it('refuses a person the population register records as deceased, without a number', () => {
    expect(
      decideDeathRegistration({
        resident: { ...ALIVE, status: 'deceased' },
        dateOfDeath: '2026-11-20',
        registeredDeathNumber: null,
      }),
    ).toEqual({
      outcome: 'refuse',
      refusal: { code: 'already-deceased', registrationNumber: null },
    });
  });

  it('refuses a date of death before the date of birth, and allows the day of birth itself', () => {
    expect(
      decideDeathRegistration({
        resident: ALIVE,
        dateOfDeath: '1955-02-09',
        registeredDeathNumber: null,
      }),
    ).toEqual({ outcome: 'refuse', refusal: { code: 'date-of-death-before-birth' } });
    expect(
      decideDeathRegistration({
        resident: ALIVE,
        dateOfDeath: '1955-02-10',
        registeredDeathNumber: null,
      }),
    ).toMatchObject({ outcome: 'register' });
  });

  it('says already deceased before comparing dates: a second registration is the real problem', () => {
    expect(
      decideDeathRegistration({
        resident: { ...ALIVE, status: 'deceased' },
        dateOfDeath: '1900-01-01',
        registeredDeathNumber: 'KT-2026-000001',
      }),
    ).toMatchObject({ refusal: { code: 'already-deceased' } });
  });
});
