/** Where a page of dossiers ended: the last dossier's filing time and id (the sort key). */
export interface DossierCursor {
  readonly submittedAt: Date;
  readonly id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Dossiers exist between these instants; anything else was not made by this API.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);

/** The opaque cursor of a position: base64url JSON, so clients do not build it themselves. */
export function encodeDossierCursor(position: DossierCursor): string {
  return Buffer.from(
    JSON.stringify({ t: position.submittedAt.toISOString(), id: position.id }),
  ).toString('base64url');
}

/**
 * The position in a cursor this API returned, or undefined for anything else (so a forged or
 * corrupted cursor is a 400, never a database error).
 */
export function decodeDossierCursor(cursor: string): DossierCursor | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { t, id } = parsed as { t?: unknown; id?: unknown };
  if (typeof t !== 'string' || typeof id !== 'string' || !UUID.test(id)) return undefined;
  const time = Date.parse(t);
  if (Number.isNaN(time) || time < EARLIEST || time > LATEST) return undefined;
  return { submittedAt: new Date(time), id };
}
