import { waitUntil } from './wait-until.util';

describe('waitUntil', () => {
  it('returns the first value the probe resolves with', async () => {
    let calls = 0;
    const probe = (): Promise<number> => {
      calls += 1;
      return calls < 3 ? Promise.reject(new Error('not yet')) : Promise.resolve(calls);
    };
    await expect(
      waitUntil(probe, { what: 'the probe', timeoutMs: 1000, intervalMs: 1 }),
    ).resolves.toBe(3);
  });

  it('quotes the last error when time runs out', async () => {
    const probe = (): Promise<never> => Promise.reject(new Error('connection refused'));
    await expect(waitUntil(probe, { what: 'Kafka', timeoutMs: 20, intervalMs: 5 })).rejects.toThrow(
      /waiting for Kafka: connection refused/,
    );
  });

  it('stops when aborted', async () => {
    const abort = new AbortController();
    abort.abort();
    const probe = (): Promise<never> => Promise.reject(new Error('down'));
    await expect(
      waitUntil(probe, { what: 'x', timeoutMs: 10000, signal: abort.signal }),
    ).rejects.toThrow();
  });
});
