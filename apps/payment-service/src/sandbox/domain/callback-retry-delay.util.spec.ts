import { CALLBACK_GIVE_UP_AFTER_MS, nextCallbackAttemptAt } from './callback-retry-delay.util';

describe('nextCallbackAttemptAt', () => {
  const createdAt = new Date('2026-11-02T00:00:00Z');
  const now = new Date('2026-11-02T00:10:00Z');

  it('waits 1 s after the first failure, then twice as long each time, at most a minute', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 50].map(
      (attempts) =>
        (nextCallbackAttemptAt({ attempts, createdAt, now })?.getTime() ?? 0) - now.getTime(),
    );

    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('gives up once the callback is a day old', () => {
    const dayLater = new Date(createdAt.getTime() + CALLBACK_GIVE_UP_AFTER_MS);

    expect(nextCallbackAttemptAt({ attempts: 3, createdAt, now: dayLater })).toBeNull();
    expect(
      nextCallbackAttemptAt({ attempts: 3, createdAt, now: new Date(dayLater.getTime() - 1) }),
    ).not.toBeNull();
  });
});
