import { rm } from 'node:fs/promises';
import { takeTestInfraState } from './global/test-infra-state';

/**
 * Stops the Kafka and PostgreSQL that global-setup started (none if the run was given servers)
 * and removes their data directory.
 */
export default async function globalTeardown(): Promise<void> {
  const state = takeTestInfraState();
  if (state === undefined) {
    return;
  }
  await Promise.all([state.kafka?.stop(), state.postgres?.stop()]);
  if (state.runDir !== undefined) {
    await rm(state.runDir, { recursive: true, force: true });
  }
}
