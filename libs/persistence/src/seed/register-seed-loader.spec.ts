import { pino } from 'pino';
import type { EntityManager } from 'typeorm';
import type { ReadinessCheck } from '@lienthong/platform';
import { RegisterSeedLoader, type RegisterSeedLoaderOptions } from './register-seed-loader';

class TestRegisterLoader extends RegisterSeedLoader {
  constructor(options: RegisterSeedLoaderOptions) {
    super(options);
  }
}

interface LogLine {
  readonly msg: string;
  readonly [field: string]: unknown;
}

/** A register in memory behind a fake database whose transactions record their statements. */
function setUp({ rows = 0, failures = 0 } = {}) {
  const statements: [string, unknown[]][] = [];
  const logs: LogLine[] = [];
  const checks = new Map<string, ReadinessCheck>();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let failuresLeft = failures;
  const register = { rows };
  const manager = {
    query: (sql: string, params: unknown[]) => {
      statements.push([sql, params]);
      return Promise.resolve([]);
    },
  } as unknown as EntityManager;

  const sut = new TestRegisterLoader({
    name: 'test-register',
    logger: pino(
      { level: 'info' },
      { write: (line: string) => logs.push(JSON.parse(line) as LogLine) },
    ),
    database: {
      whenReady: () => ready,
      transaction: <T>(work: (manager: EntityManager) => Promise<T>) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          return Promise.reject(new Error('connection reset'));
        }
        return work(manager);
      },
    },
    health: { register: (name: string, check: ReadinessCheck) => void checks.set(name, check) },
    countInTx: () => Promise.resolve({ rows: register.rows }),
    insertSeedInTx: () => {
      register.rows += 3;
      return Promise.resolve();
    },
  });
  const readiness = () => checks.get('test-register')?.() ?? Promise.reject(new Error('none'));
  return { sut, markReady, register, statements, logs, readiness };
}

describe('RegisterSeedLoader', () => {
  it('waits for the database, loads an empty register under the lock, then reports ready', async () => {
    const { sut, markReady, register, statements, logs, readiness } = setUp();
    sut.onApplicationBootstrap();
    await expect(readiness()).rejects.toThrow('test register: seed not loaded yet');
    expect(statements).toEqual([]);

    markReady();
    await sut.whenLoaded();

    expect(register.rows).toBe(3);
    expect(statements).toEqual([
      ['SELECT pg_advisory_xact_lock(hashtext($1))', ['test_register_seed']],
    ]);
    await expect(readiness()).resolves.toBeUndefined();
    expect(logs).toEqual([
      expect.objectContaining({
        msg: 'test register loaded from the seed file',
        context: 'TestRegisterLoader',
        loaded: true,
        rows: 3,
        durationMs: expect.any(Number) as number,
      }),
    ]);
  });

  it('leaves a register that already holds data alone', async () => {
    const { sut, markReady, register, logs } = setUp({ rows: 5 });
    sut.onApplicationBootstrap();
    markReady();
    await sut.whenLoaded();

    expect(register.rows).toBe(5);
    expect(logs).toEqual([
      expect.objectContaining({
        msg: 'test register already holds data; seed file not loaded',
        loaded: false,
        rows: 5,
      }),
    ]);
  });

  it('retries a load that fails, warning about it, until it succeeds', async () => {
    const { sut, markReady, register, logs } = setUp({ failures: 1 });
    sut.onApplicationBootstrap();
    markReady();
    await sut.whenLoaded();

    expect(register.rows).toBe(3);
    expect(logs.map((line) => line.msg)).toEqual([
      'loading the test register failed',
      'test register loaded from the seed file',
    ]);
  });

  it('rejects whenLoaded when the service stops before the register is loaded', async () => {
    const { sut, markReady, register, readiness } = setUp();
    sut.onApplicationBootstrap();
    sut.beforeApplicationShutdown();
    markReady();

    await expect(sut.whenLoaded()).rejects.toThrow('stopping before the test register was loaded');
    await new Promise((resolve) => setImmediate(resolve));
    expect(register.rows).toBe(0);
    await expect(readiness()).rejects.toThrow('test register: seed not loaded yet');
  });
});
