/**
 * Where an inbox message's e-mail stands:
 * - `pending`: to be sent (or retried) by the delivery worker;
 * - `sent`: accepted by the SMTP server;
 * - `failed`: given up after the configured attempts;
 * - `not_sent`: the applicant gave no e-mail address;
 * - `disabled`: an address was given but e-mail is disabled (no `SMTP_URL`).
 */
export const EMAIL_STATUSES = ['pending', 'sent', 'failed', 'not_sent', 'disabled'] as const;

/** One of {@link EMAIL_STATUSES}. */
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
