const MAX_CAUSE_DEPTH = 3;

/** Values a database driver quotes in its messages: `"…"` and `Key (pin)=(…)`. */
function maskQuotedValues(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\(([^)]*)\)=\([^)]*\)/g, '($1)=(…)');
}

/**
 * pino's `err` serializer. pino's default copies every enumerable property of an error, and
 * database errors carry the bound values (`parameters`, `detail`: "Key (pin)=(0791…) already
 * exists", `driverError`, `query`): personal data that key-based redaction cannot catch. This keeps
 * only what diagnoses a failure: type, message (values masked for driver errors), code, constraint,
 * stack and causes.
 */
export function safeErrorSerializer(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  const fromDriver = typeof code === 'string';
  const message = fromDriver ? maskQuotedValues(error.message) : error.message;
  const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
  const cause = (error as { cause?: unknown }).cause;
  return {
    type: error.name,
    message,
    ...(fromDriver ? { code } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
    stack: `${error.name}: ${message}${frames ? `\n${frames}` : ''}`,
    ...(cause !== undefined && depth < MAX_CAUSE_DEPTH
      ? { cause: safeErrorSerializer(cause, depth + 1) }
      : {}),
  };
}
