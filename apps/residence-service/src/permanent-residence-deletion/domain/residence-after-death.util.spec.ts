import { residenceAfterDeath } from './residence-after-death.util';

describe('residenceAfterDeath', () => {
  it('records the household with its head deceased when the head dies', () => {
    expect(
      residenceAfterDeath({
        householdId: 'HK-079-DEMO-0002',
        relationshipToHead: 'head',
        dateOfDeath: '2026-11-20',
      }),
    ).toEqual({ leftHouseholdId: 'HK-079-DEMO-0002', headDeceasedOn: '2026-11-20' });
  });

  it('leaves the head as it is when another member dies', () => {
    expect(
      residenceAfterDeath({
        householdId: 'HK-079-DEMO-0002',
        relationshipToHead: 'spouse',
        dateOfDeath: '2026-11-20',
      }),
    ).toEqual({ leftHouseholdId: 'HK-079-DEMO-0002', headDeceasedOn: null });
  });

  it('changes no household for a person with no permanent residence', () => {
    expect(
      residenceAfterDeath({
        householdId: null,
        relationshipToHead: null,
        dateOfDeath: '2026-11-20',
      }),
    ).toEqual({ leftHouseholdId: null, headDeceasedOn: null });
  });
});
