import { deletionConfirmationNumber } from './deletion-confirmation-number.util';

describe('deletionConfirmationNumber', () => {
  it("reads XT, the household's province, the year and the sequence padded to 6 digits", () => {
    expect(
      deletionConfirmationNumber({
        householdProvinceCode: '001',
        pin: '079055000003',
        year: 2026,
        sequence: 7,
      }),
    ).toBe('XT-001-2026-000007');
  });

  it('takes the province of the PIN for a person with no permanent residence', () => {
    expect(
      deletionConfirmationNumber({
        householdProvinceCode: null,
        pin: '079092000006',
        year: 2026,
        sequence: 8,
      }),
    ).toBe('XT-079-2026-000008');
  });

  it('keeps every digit of a sequence past 999,999, so numbers stay unique', () => {
    expect(
      deletionConfirmationNumber({
        householdProvinceCode: '079',
        pin: '079092000006',
        year: 2027,
        sequence: 1_234_567,
      }),
    ).toBe('XT-079-2027-1234567');
  });
});
