import pino, { type DestinationStream, type Logger } from 'pino';
import type { ServiceConfig } from '../config/service.config';
import { CorrelationContext } from '../correlation/correlation.context';
import { safeErrorSerializer } from './safe-error.serializer';

/** Injection token of the application's root pino logger (what nestjs-pino's loggers write to). */
export const PLATFORM_LOGGER = Symbol('PLATFORM_LOGGER');

/**
 * Keys whose values are personal data under the personal-data protection rules: censored wherever
 * they appear in a logged object, down to {@link REDACT_DEPTH} levels of nesting.
 */
export const PERSONAL_DATA_KEYS = [
  'fullName',
  'email',
  'phone',
  'pin',
  'dateOfBirth',
  'address',
  'bankAccount',
] as const;

/** Credentials carried in headers, censored wherever a `headers` object is logged. */
const SECRET_HEADER_PATHS = [
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["x-api-key"]',
];

/** How many levels of nesting above a key are covered (`event.data.child.parents[0].pin`). */
export const REDACT_DEPTH = 5;

/**
 * The pino redact paths: every sensitive key at the top level and under up to
 * {@link REDACT_DEPTH} wildcard levels (pino's redaction has no recursive wildcard).
 */
export function redactPaths(): string[] {
  const leaves = [...PERSONAL_DATA_KEYS, ...SECRET_HEADER_PATHS];
  const paths: string[] = [];
  for (let depth = 0; depth <= REDACT_DEPTH; depth += 1) {
    const prefix = '*.'.repeat(depth);
    paths.push(...leaves.map((leaf) => `${prefix}${leaf}`));
  }
  return paths;
}

/**
 * The application's root logger: JSON lines with ISO time, the level as a word, `service`, and
 * the current `correlationId` (read through `mixin` from {@link CorrelationContext}, so lines
 * written by Kafka consumers inside `CorrelationContext.run` carry it too).
 *
 * @param destination where lines go; stdout by default, a capturing stream in tests.
 */
export function createPlatformLogger(
  config: Pick<ServiceConfig, 'SERVICE_NAME' | 'LOG_LEVEL'>,
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    base: { service: config.SERVICE_NAME },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const correlationId = CorrelationContext.current();
      return correlationId === undefined ? {} : { correlationId };
    },
    redact: { paths: redactPaths(), censor: '[REDACTED]' },
    serializers: { err: (error: unknown) => safeErrorSerializer(error) },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
