/** A row of the table printed once the stack is up. */
export interface ServiceRow {
  readonly name: string;
  readonly url: string;
  readonly status: string;
}

/**
 * The "where is everything" table: each service's URL, API docs and metrics, and its status.
 * Plain text, padded to the widest cell, so it reads the same in any terminal or log.
 */
export function renderServiceTable(rows: readonly ServiceRow[]): string {
  const header = ['SERVICE', 'URL', 'DOCS', 'METRICS', 'STATUS'];
  const cells = rows.map((row) =>
    row.url === ''
      ? [row.name, '-', '-', '-', row.status]
      : [row.name, row.url, `${row.url}/docs`, `${row.url}/metrics`, row.status],
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column].length)),
  );
  const format = (line: readonly string[]): string =>
    line
      .map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ');
  return [format(header), ...cells.map(format)].join('\n');
}

/** A duration for humans: `850 ms`, `2.4 s`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A URL with its password replaced by `***`, for printing. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return url;
  }
}
