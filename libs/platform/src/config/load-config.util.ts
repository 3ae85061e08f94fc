// Type conversion reads decorator metadata, even where Nest (which loads it) is not running.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';

/** The environment as Node gives it; a plain record in tests. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** One variable that failed validation, with every reason; values are never echoed (secrets). */
export interface ConfigProblem {
  readonly variable: string;
  readonly reasons: readonly string[];
}

/** Thrown by {@link loadConfig}; its message lists every bad variable, one per line. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      [
        `Invalid configuration: ${problems.length} variable(s) to fix`,
        ...problems.map((problem) => `  - ${problem.variable}: ${problem.reasons.join('; ')}`),
      ].join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

/**
 * The environment with `defaults` filling the variables it leaves unset or empty: how a service's
 * name and port reach its config unless the deployment sets them.
 */
export function withDefaults(env: Environment, defaults: Environment): Environment {
  const merged: Record<string, string | undefined> = { ...env };
  for (const [name, value] of Object.entries(defaults)) {
    if (merged[name] === undefined || merged[name] === '') {
      merged[name] = value;
    }
  }
  return merged;
}

function toProblem(error: ValidationError): ConfigProblem {
  // class-validator prefixes messages with the property name; the variable is already named.
  const reasons = Object.values(error.constraints ?? {}).map((message) =>
    message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
  );
  return { variable: error.property, reasons };
}

/**
 * Validates the environment against a config class and returns a typed instance.
 *
 * Strings are converted to the declared property types (`PORT=3000` becomes a number), empty
 * variables count as unset so class defaults apply, and unknown variables are dropped. Called
 * once at boot, before Nest starts, so a bad deployment fails at once with every problem listed
 * instead of one at a time.
 *
 * @throws ConfigValidationError listing every invalid or missing variable.
 */
export function loadConfig<T extends object>(
  schemaClass: new () => T,
  env: Environment = process.env,
): T {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(schemaClass, present, { enableImplicitConversion: true });
  const errors = validateSync(config, {
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) {
    throw new ConfigValidationError(errors.map(toProblem));
  }
  return config;
}
