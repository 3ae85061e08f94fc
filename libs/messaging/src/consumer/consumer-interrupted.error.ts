/**
 * The consumer must give the message back instead of deciding its fate: it is stopping, its
 * partition was reassigned (rebalance, eviction), or the database is unreachable. The offset is not
 * resolved, so Kafka delivers the message again (here or to the partition's new owner).
 */
export class ConsumerInterruptedError extends Error {
  constructor(reason: string, cause?: unknown) {
    super(`consumer interrupted: ${reason}`, { cause });
    this.name = 'ConsumerInterruptedError';
  }
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);
// PostgreSQL: connection exceptions (08xxx), admin/crash shutdown, cannot connect now, too many connections.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * Whether an error says the database is unreachable rather than that the message is bad: such a
 * message must be redelivered once the database is back, never dead-lettered.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (
    typeof code === 'string' &&
    (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || CONNECTION_ERROR_CODES.has(code))
  ) {
    return true;
  }
  const text = typeof message === 'string' ? message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(
    text,
  );
}

/**
 * What may be logged of an error: its name and codes. Messages are kept out of logs because
 * drivers quote values in them (`invalid input syntax for type date: "…"`, JSON.parse quoting the
 * input), and values carry personal data; the full text goes to the dead letter, which is access-controlled.
 */
export function loggableError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  const parts = [error.name];
  if (typeof code === 'string') parts.push(`code ${code}`);
  if (typeof constraint === 'string') parts.push(`constraint ${constraint}`);
  return parts.join(', ');
}
