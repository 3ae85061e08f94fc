/** The fields nodemailer sets on its errors that say what failed, without any address. */
interface SmtpErrorFields {
  readonly code?: unknown;
  readonly responseCode?: unknown;
  readonly command?: unknown;
}

/**
 * A short, address-free summary of a failed send, for logs, metrics and the delivery row: the
 * error code, the SMTP reply code and the command (`EENVELOPE 550 RCPT TO`). Never the error's
 * message or the server's reply text, which quote the recipient's address.
 */
export function summariseSmtpFailure(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'unknown error';
  const { code, responseCode, command } = error as SmtpErrorFields;
  const token = (value: unknown): string | undefined =>
    typeof value === 'string' && /^[A-Za-z0-9 _-]{1,32}$/.test(value) ? value : undefined;
  const parts = [
    token(code) ?? (error instanceof Error ? token(error.name) : undefined) ?? 'Error',
    typeof responseCode === 'number' && Number.isInteger(responseCode)
      ? String(responseCode)
      : undefined,
    token(command),
  ];
  return parts.filter((part) => part !== undefined).join(' ');
}
