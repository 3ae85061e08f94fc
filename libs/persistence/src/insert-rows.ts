import type { EntityManager } from 'typeorm';

/** Rows per INSERT: PostgreSQL takes at most 65,535 bind parameters in one statement. */
const MAX_PARAMETERS = 65535;
const DEFAULT_BATCH_ROWS = 1000;

/** `($1, $2), ($3, $4)`: the VALUES list for `rows` rows of `columns` parameters. */
export function valuesPlaceholders(rows: number, columns: number): string {
  const tuples: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    const params: string[] = [];
    for (let column = 1; column <= columns; column += 1) params.push(`$${row * columns + column}`);
    tuples.push(`(${params.join(', ')})`);
  }
  return tuples.join(', ');
}

/**
 * Inserts `rows` with multi-row INSERTs in the caller's transaction: one round trip per batch
 * instead of one per row. `head` is `INSERT INTO table (columns...)`; every row has one value per
 * column, in order.
 */
export async function insertRowsInTx(
  manager: EntityManager,
  head: string,
  rows: readonly (readonly unknown[])[],
  batchRows = DEFAULT_BATCH_ROWS,
): Promise<void> {
  const columns = rows[0]?.length ?? 0;
  if (columns === 0) return;
  const perBatch = Math.min(batchRows, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    await manager.query(
      `${head} VALUES ${valuesPlaceholders(batch.length, columns)}`,
      batch.flat(),
    );
  }
}
