import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { ServiceConfig } from '@lienthong/platform';

/** The service's name (logs, metrics label, OpenAPI title) and its port in the local stack. */
export const PAYMENT_SERVICE = { serviceName: 'payment-service', defaultPort: 3004 } as const;

/** The payment providers this build knows; `PAYMENT_PROVIDER` picks one. */
export const PAYMENT_PROVIDER_NAMES = ['sandbox'] as const;

/** One of {@link PAYMENT_PROVIDER_NAMES}. */
export type PaymentProviderName = (typeof PAYMENT_PROVIDER_NAMES)[number];

/**
 * The callback secret used when `PAYMENT_CALLBACK_SECRET` is unset. It is public (it is in this
 * file), so it is only good for a local stack; the service warns at boot while it is in use.
 */
export const LOCAL_ONLY_CALLBACK_SECRET = 'lienthong-local-only-callback-secret';

/**
 * `true` and `false` only: the loader's implicit conversion would read the string `false` as a
 * truthy value, so booleans are parsed here and anything else is left for validation to reject.
 */
function strictBoolean({ obj, key }: { obj: Record<string, unknown>; key: string }): unknown {
  const raw = obj[key];
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return raw;
}

/**
 * Environment of this service, validated at boot: the platform's variables, and the payment
 * provider, the callback secret, the expiry of payments and the sandbox gateway's behaviour (fees
 * and benefit payouts).
 */
export class PaymentServiceConfig extends ServiceConfig {
  /** The provider payments are opened with. `sandbox` is the built-in simulated gateway. */
  @IsIn(PAYMENT_PROVIDER_NAMES)
  PAYMENT_PROVIDER: PaymentProviderName = 'sandbox';

  /** How long the citizen has to pay once a payment is opened; after that it expires unpaid. */
  @Min(1)
  @IsInt()
  PAYMENT_EXPIRY_SECONDS: number = 900;

  /** How often the sweeper looks for pending payments past their expiry. */
  @Min(50)
  @IsInt()
  PAYMENT_EXPIRY_SWEEP_INTERVAL_MS: number = 5000;

  /**
   * HMAC-SHA256 key of provider callbacks (`X-Lienthong-Signature`). The default is public and
   * for a local stack only: every real deployment sets its own.
   */
  @MinLength(16)
  @IsString()
  PAYMENT_CALLBACK_SECRET: string = LOCAL_ONLY_CALLBACK_SECRET;

  /**
   * The base URL providers call back (`<url>/v1/payments/callbacks/<provider>`). Unset: this
   * process's own address, `http://127.0.0.1:<listening port>`.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http(s) URL' })
  PAYMENT_PUBLIC_URL?: string;

  /** Sandbox only: the gateway confirms each payment by itself, shortly after it is opened. */
  @Transform(strictBoolean)
  @IsBoolean({ message: 'must be true or false' })
  PAYMENT_SANDBOX_AUTO_CONFIRM: boolean = false;

  /**
   * Sandbox only: the gateway makes each benefit payout by itself (a "succeeded" callback),
   * `PAYMENT_SANDBOX_CONFIRM_DELAY_MS` after it was submitted, as a bank transfer needs nobody to
   * act; `false`: payouts wait for `POST /v1/sandbox/payouts/{id}/confirm` or `/decline`. Apart from
   * `PAYMENT_SANDBOX_AUTO_CONFIRM`, so fees can be paid by hand while payouts complete alone.
   */
  @Transform(strictBoolean)
  @IsBoolean({ message: 'must be true or false' })
  PAYMENT_SANDBOX_AUTO_SETTLE_PAYOUTS: boolean = true;

  /** Sandbox only, with auto-confirm or auto-settle: how long after opening it is settled. */
  @Max(3_600_000)
  @Min(0)
  @IsInt()
  PAYMENT_SANDBOX_CONFIRM_DELAY_MS: number = 200;
}
