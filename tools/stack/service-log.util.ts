/** Pino's numeric levels, as they appear in the services' JSON logs. */
const LEVEL_NAMES: Readonly<Record<number, string>> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** One line of a service's output, as the launcher's console shows it. */
export interface ConsoleLogLine {
  /** `INFO`, `WARN`...; empty for a line that is not a JSON log entry. */
  readonly level: string;
  /** The logger's context (Nest's `context` field), if any. */
  readonly context: string;
  readonly text: string;
}

/**
 * Nest's start-up inventory (one line per module and route): useful in the log file, noise on a
 * console shared by seven services.
 */
const BOOT_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
]);

/**
 * Summarises one output line of a service for the console: level and message of a JSON log line
 * (with the error message, when there is one), or the raw text of anything else (a stack trace,
 * a crash before the logger exists). The full line always goes to the service's log file.
 */
export function summariseServiceLine(line: string): ConsoleLogLine {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) {
    return { level: '', context: '', text: line };
  }
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(trimmed) as Record<string, unknown>;
  } catch {
    return { level: '', context: '', text: line };
  }
  const level =
    typeof entry.level === 'number'
      ? (LEVEL_NAMES[entry.level] ?? String(entry.level))
      : typeof entry.level === 'string'
        ? entry.level.toUpperCase()
        : '';
  const message =
    typeof entry.msg === 'string'
      ? entry.msg
      : typeof entry.message === 'string'
        ? entry.message
        : '';
  const context = typeof entry.context === 'string' ? entry.context : '';
  const error = errorText(entry.err ?? entry.error);
  const text = `${context === '' ? '' : `[${context}] `}${message}${error === undefined ? '' : ` (${error})`}`;
  return { level, context, text: text.length > 0 ? text : trimmed };
}

function errorText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'object' && value !== null && 'message' in value) {
    return typeof value.message === 'string' ? value.message : undefined;
  }
  return undefined;
}

/**
 * Whether a line is worth the console: everything but debug, trace and Nest's boot inventory,
 * which stay in the service's log file.
 */
export function isWorthTheConsole(line: ConsoleLogLine): boolean {
  if (line.level === 'TRACE' || line.level === 'DEBUG') {
    return false;
  }
  return !(line.level === 'INFO' && BOOT_CONTEXTS.has(line.context));
}
