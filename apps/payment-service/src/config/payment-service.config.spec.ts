import { ConfigValidationError, loadConfig } from '@lienthong/platform';
import { LOCAL_ONLY_CALLBACK_SECRET, PaymentServiceConfig } from './payment-service.config';

const BASE = { SERVICE_NAME: 'payment-service', PORT: '3004' };

describe('PaymentServiceConfig', () => {
  it('defaults to the sandbox with fees paid by hand and payouts settled alone, 15-minute payments and the local-only secret', () => {
    const config = loadConfig(PaymentServiceConfig, BASE);

    expect(config).toMatchObject({
      PAYMENT_PROVIDER: 'sandbox',
      PAYMENT_EXPIRY_SECONDS: 900,
      PAYMENT_EXPIRY_SWEEP_INTERVAL_MS: 5000,
      PAYMENT_CALLBACK_SECRET: LOCAL_ONLY_CALLBACK_SECRET,
      PAYMENT_SANDBOX_AUTO_CONFIRM: false,
      PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS: true,
      PAYMENT_SANDBOX_CONFIRM_DELAY_MS: 200,
    });
    expect(config.PAYMENT_PUBLIC_URL).toBeUndefined();
  });

  it('reads PAYMENT_SANDBOX_AUTO_CONFIRM=false as false, not as a non-empty string', () => {
    expect(
      loadConfig(PaymentServiceConfig, { ...BASE, PAYMENT_SANDBOX_AUTO_CONFIRM: 'false' })
        .PAYMENT_SANDBOX_AUTO_CONFIRM,
    ).toBe(false);
    expect(
      loadConfig(PaymentServiceConfig, { ...BASE, PAYMENT_SANDBOX_AUTO_CONFIRM: 'true' })
        .PAYMENT_SANDBOX_AUTO_CONFIRM,
    ).toBe(true);
  });

  it('reads PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS=false as false, apart from the fees flag', () => {
    const config = loadConfig(PaymentServiceConfig, {
      ...BASE,
      PAYMENT_SANDBOX_AUTO_CONFIRM: 'true',
      PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS: 'false',
    });

    expect(config.PAYMENT_SANDBOX_AUTO_CONFIRM).toBe(true);
    expect(config.PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS).toBe(false);
  });

  it('refuses at boot, naming each variable, an unknown provider, a short secret and a yes', () => {
    let error: unknown;
    try {
      loadConfig(PaymentServiceConfig, {
        ...BASE,
        PAYMENT_PROVIDER: 'paypal',
        PAYMENT_CALLBACK_SECRET: 'short',
        PAYMENT_SANDBOX_AUTO_CONFIRM: 'yes',
        PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS: '1',
        PAYMENT_PUBLIC_URL: 'localhost:3004',
      });
    } catch (caught: unknown) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ConfigValidationError);
    expect((error as ConfigValidationError).problems.map((problem) => problem.variable)).toEqual([
      'PAYMENT_PROVIDER',
      'PAYMENT_CALLBACK_SECRET',
      'PAYMENT_PUBLIC_URL',
      'PAYMENT_SANDBOX_AUTO_CONFIRM',
      'PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS',
    ]);
    expect((error as ConfigValidationError).message).not.toContain('short');
  });
});
