/**
 * The last `capacity` lines written to it: what a startup error quotes so the reader sees why a
 * server died without opening its log file.
 */
export class LogTail {
  private readonly lines: string[] = [];

  constructor(private readonly capacity = 40) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.capacity) {
      this.lines.splice(0, this.lines.length - this.capacity);
    }
  }

  /** The remembered lines, oldest first, one per line. */
  toString(): string {
    return this.lines.join('\n');
  }
}
