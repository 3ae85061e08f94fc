import { confirmationNumber } from './confirmation-number.util';

describe('confirmationNumber', () => {
  it('reads TT, the province, the year and the sequence padded to 6 digits', () => {
    expect(confirmationNumber({ provinceCode: '079', year: 2026, sequence: 42 })).toBe(
      'TT-079-2026-000042',
    );
  });

  it('keeps every digit of a sequence past 999,999, so numbers stay unique', () => {
    expect(confirmationNumber({ provinceCode: '001', year: 2027, sequence: 1_234_567 })).toBe(
      'TT-001-2027-1234567',
    );
  });
});
