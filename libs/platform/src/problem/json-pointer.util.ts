/** A JSON Pointer (RFC 6901) from path segments: `~` becomes `~0` and `/` becomes `~1`. */
export function toJsonPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
