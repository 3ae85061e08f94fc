import type { KafkaHandle, PostgresHandle } from '@lienthong/local-infra';

/** What global-setup started, for global-teardown (both run in jest's main process). */
export interface TestInfraState {
  readonly runDir: string | undefined;
  readonly kafka: KafkaHandle | undefined;
  readonly postgres: PostgresHandle | undefined;
}

const KEY = Symbol.for('lienthong.testing.infra');

/** Remembers what global-setup started. */
export function saveTestInfraState(state: TestInfraState): void {
  (globalThis as Record<symbol, unknown>)[KEY] = state;
}

/** What global-setup started, if anything. */
export function takeTestInfraState(): TestInfraState | undefined {
  const holder = globalThis as Record<symbol, unknown>;
  const state = holder[KEY] as TestInfraState | undefined;
  delete holder[KEY];
  return state;
}

/** Directory names of test runs under the OS temp dir: `lienthong-it-<pid>-<random>`. */
export const RUN_DIR_PREFIX = 'lienthong-it-';
