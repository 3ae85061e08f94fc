// Before any decorated class: property types are read back from decorator metadata.
import 'reflect-metadata';
import { Transform } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';

/** Pino's levels, plus `silent` (tests). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Splits `a:1, b:2` into `['a:1', 'b:2']`; anything else is left for validation to reject. */
function commaSeparated({ obj, key }: { obj: Record<string, unknown>; key: string }): unknown {
  const raw = obj[key];
  return typeof raw === 'string'
    ? raw
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
    : raw;
}

/**
 * The environment every service reads, validated once at boot by {@link loadConfig}.
 *
 * Each app extends it in `config/<name>.config.ts`, giving `SERVICE_NAME` and `PORT` their defaults
 * and adding its own variables; the instance is then injectable as `ServiceConfig` and as the
 * app's own class. Property names are the variable names, so an error names what to fix.
 *
 * Decorators apply bottom-up and only the first failure of a variable is reported, so the type
 * check sits next to the property: `PORT=eighty` reads "must be an integer number", not also
 * "must not be less than 0".
 *
 * Every property has an explicit type, even with an initialiser: the type emitted as decorator
 * metadata is what converts the variable's string (SWC emits none for an inferred type).
 */
export class ServiceConfig {
  /** Kebab-case name: the `service` field of log lines, a metrics label, the OpenAPI title. */
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'must be kebab-case, e.g. dossier-service' })
  @IsString()
  SERVICE_NAME!: string;

  /** HTTP port; 0 picks a free one (tests). */
  @Min(0)
  @Max(65535)
  @IsInt()
  PORT!: number;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /**
   * PostgreSQL connection URL. Optional here because the platform itself never connects; an app
   * that needs a database makes it required by giving it a default or by checking it at boot.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Kafka bootstrap brokers, `host:port,host:port`; the local stack's broker by default. */
  @Transform(commaSeparated)
  @Matches(/^[^\s:,]+:\d{1,5}$/, { each: true, message: 'must be host:port, comma separated' })
  @ArrayNotEmpty()
  @IsArray()
  KAFKA_BROKERS: string[] = ['127.0.0.1:9092'];

  /**
   * Namespace before every topic and consumer group name, so environments (or test runs) can share
   * one cluster; empty by default.
   */
  @Matches(/^[a-zA-Z0-9._-]*$/, { message: 'may hold letters, digits, ".", "_" and "-" only' })
  @IsString()
  KAFKA_TOPIC_PREFIX: string = '';

  /** After a SIGTERM, how long draining and shutdown hooks may take before the process exits 1. */
  @Min(0)
  @IsInt()
  SHUTDOWN_TIMEOUT_MS: number = 10_000;

  /** Largest accepted request body, in bytes; larger bodies get a 413 problem. */
  @Min(1)
  @IsInt()
  HTTP_BODY_LIMIT_BYTES: number = 1_048_576;
}
