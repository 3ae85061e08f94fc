import { decideSandboxPayout } from './decide-sandbox-payout.util';

describe('decideSandboxPayout', () => {
  it('refuses an account number ending in 0000 as invalid, in either mode', () => {
    expect(decideSandboxPayout({ accountNumber: '0071000120000', autoSettle: true })).toBe(
      'refuse-invalid-account',
    );
    expect(decideSandboxPayout({ accountNumber: '0071000120000', autoSettle: false })).toBe(
      'refuse-invalid-account',
    );
  });

  it('settles any other account by itself with auto-settle, and waits for a hand otherwise', () => {
    expect(decideSandboxPayout({ accountNumber: '0071000123456', autoSettle: true })).toBe(
      'settle',
    );
    expect(decideSandboxPayout({ accountNumber: '0071000123456', autoSettle: false })).toBe(
      'await-manual',
    );
  });

  it('reads only the last four digits: zeros elsewhere are a real account', () => {
    expect(decideSandboxPayout({ accountNumber: '0000000100001', autoSettle: true })).toBe(
      'settle',
    );
    expect(decideSandboxPayout({ accountNumber: '1000010000', autoSettle: true })).toBe(
      'refuse-invalid-account',
    );
  });
});
