import { IsUrl } from 'class-validator';
import { ConfigValidationError, loadConfig, withDefaults } from './load-config.util';
import { ServiceConfig } from './service.config';

class SampleConfig extends ServiceConfig {
  override SERVICE_NAME = 'sample-service';
  override PORT = 3000;

  @IsUrl({ require_tld: false })
  CALLBACK_URL = 'http://localhost:3004/callbacks';
}

function loadError(
  env: Record<string, string>,
  schema: new () => ServiceConfig = SampleConfig,
): ConfigValidationError {
  try {
    loadConfig(schema, env);
  } catch (error: unknown) {
    if (error instanceof ConfigValidationError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadConfig', () => {
  it('applies the class defaults to an empty environment', () => {
    const config = loadConfig(SampleConfig, {});

    expect(config).toBeInstanceOf(SampleConfig);
    expect(config).toMatchObject({
      SERVICE_NAME: 'sample-service',
      PORT: 3000,
      LOG_LEVEL: 'info',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      SHUTDOWN_TIMEOUT_MS: 10_000,
      HTTP_BODY_LIMIT_BYTES: 1_048_576,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('converts variables to the declared types and splits the broker list', () => {
    const config = loadConfig(SampleConfig, {
      PORT: '3999',
      LOG_LEVEL: 'debug',
      DATABASE_URL: 'postgres://app@127.0.0.1:55432/dossier',
      KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092,',
      SHUTDOWN_TIMEOUT_MS: '2500',
    });

    expect(config).toMatchObject({
      PORT: 3999,
      LOG_LEVEL: 'debug',
      DATABASE_URL: 'postgres://app@127.0.0.1:55432/dossier',
      KAFKA_BROKERS: ['kafka-1:9092', 'kafka-2:9092'],
      SHUTDOWN_TIMEOUT_MS: 2500,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(SampleConfig, { PORT: '', LOG_LEVEL: '' })).toMatchObject({
      PORT: 3000,
      LOG_LEVEL: 'info',
    });
  });

  it('keeps only declared variables', () => {
    const config = loadConfig(SampleConfig, { HOME: '/root', PATH: '/usr/bin' });

    expect(config).not.toHaveProperty('HOME');
    expect(config).not.toHaveProperty('PATH');
  });

  it('fails fast listing every bad variable, without echoing values', () => {
    const error = loadError({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://root:hunter2@db/app',
      KAFKA_BROKERS: 'kafka-1',
      SHUTDOWN_TIMEOUT_MS: '-1',
      CALLBACK_URL: 'not a url',
    });

    expect(error.problems.map((problem) => problem.variable).sort()).toEqual([
      'CALLBACK_URL',
      'DATABASE_URL',
      'KAFKA_BROKERS',
      'LOG_LEVEL',
      'PORT',
      'SHUTDOWN_TIMEOUT_MS',
    ]);
    expect(error.message).toContain('Invalid configuration: 6 variable(s) to fix');
    expect(error.message).toContain('  - PORT: must be an integer number\n');
    expect(error.message).toContain('  - SHUTDOWN_TIMEOUT_MS: must not be less than 0');
    expect(error.message).toContain('  - DATABASE_URL: must be a postgres:// URL');
    expect(error.message).toContain('  - KAFKA_BROKERS: must be host:port, comma separated');
    expect(error.message).not.toContain('hunter2');
  });

  it('reports required variables that have no default', () => {
    const error = loadError({}, ServiceConfig);

    expect(error.problems).toEqual([
      { variable: 'SERVICE_NAME', reasons: ['must be a string'] },
      { variable: 'PORT', reasons: ['must be an integer number'] },
    ]);
  });
});

describe('withDefaults', () => {
  it('fills unset and empty variables, keeping those set', () => {
    expect(
      withDefaults({ PORT: '', SERVICE_NAME: 'from-env' }, { PORT: '3000', SERVICE_NAME: 'x' }),
    ).toEqual({ PORT: '3000', SERVICE_NAME: 'from-env' });
  });
});
