import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { ServiceConfig } from '@lienthong/platform';
import type { EmailRetryPolicy } from '../email/domain/email-retry.util';

/** The service's name (logs, metrics label, OpenAPI title) and its port in the local stack. */
export const NOTIFICATION_SERVICE = {
  serviceName: 'notification-service',
  defaultPort: 3005,
} as const;

/**
 * Environment of this service, validated at boot: the platform's variables, and the e-mail
 * channel's. The inbox works without any of the e-mail variables.
 */
export class NotificationServiceConfig extends ServiceConfig {
  /**
   * The SMTP server e-mails go through, `smtp://user:pass@host:587` (STARTTLS when the server
   * offers it) or `smtps://user:pass@host:465` (TLS from the start). Unset or empty: e-mail is
   * disabled, messages reach the inbox only, and no mail server is needed to start.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of every e-mail, `Name <address>`. */
  @MinLength(3)
  @IsString()
  MAIL_FROM: string = 'Lien thong <no-reply@lienthong.gov.vn>';

  /** Attempts per e-mail, the first included, before it is given up as failed. */
  @Max(100)
  @Min(1)
  @IsInt()
  EMAIL_MAX_ATTEMPTS: number = 8;

  /** Delay before the first retry; it doubles after each failure, up to EMAIL_RETRY_MAX_MS. */
  @Min(1)
  @IsInt()
  EMAIL_RETRY_INITIAL_MS: number = 30_000;

  /** Longest delay between two attempts. */
  @Min(1)
  @IsInt()
  EMAIL_RETRY_MAX_MS: number = 3_600_000;

  /** How often the delivery worker looks for due e-mails when it found none. */
  @Min(10)
  @IsInt()
  EMAIL_POLL_INTERVAL_MS: number = 1000;
}

/** The retry policy of the e-mail channel, from the configuration. */
export function emailRetryPolicy(config: NotificationServiceConfig): EmailRetryPolicy {
  return {
    maxAttempts: config.EMAIL_MAX_ATTEMPTS,
    initialDelayMs: config.EMAIL_RETRY_INITIAL_MS,
    maxDelayMs: config.EMAIL_RETRY_MAX_MS,
  };
}
