import type { DestinationStream } from 'pino';

/** Log lines written to a capturing stream, parsed. */
export interface LogCapture {
  readonly stream: DestinationStream;
  lines(): Record<string, unknown>[];
}

/** A pino destination that keeps every line in memory, for asserting on log output. */
export function captureLines(): LogCapture {
  const written: string[] = [];
  return {
    stream: { write: (chunk: string) => void written.push(chunk) },
    lines: () =>
      written
        .join('')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
