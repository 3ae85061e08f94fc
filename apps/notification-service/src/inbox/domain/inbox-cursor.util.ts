const CURSOR_PREFIX = 'v1:';

/**
 * The opaque cursor of the page after a message: its sequence number, base64url-encoded with a
 * version, so clients cannot build one and the format may change.
 */
export function encodeInboxCursor(sequence: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${sequence}`, 'utf8').toString('base64url');
}

/** The sequence number a cursor stands for, or null when it is not one this service made. */
export function decodeInboxCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) return null;
  const sequence = decoded.slice(CURSOR_PREFIX.length);
  // Positive, no leading zero, and at most 18 digits so that it always fits a PostgreSQL bigint.
  return /^[1-9][0-9]{0,17}$/.test(sequence) ? sequence : null;
}
