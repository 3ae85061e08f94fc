import { afterFailedAttempt } from './email-retry.util';

const policy = { maxAttempts: 5, initialDelayMs: 30_000, maxDelayMs: 100_000 };

describe('afterFailedAttempt', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 100_000],
    [4, 100_000],
  ])('retries after attempt %i in %i ms, doubling up to the ceiling', (attempts, retryInMs) => {
    expect(afterFailedAttempt({ attempts, policy })).toEqual({ status: 'pending', retryInMs });
  });

  it('gives up once the attempts are spent', () => {
    expect(afterFailedAttempt({ attempts: 5, policy })).toEqual({ status: 'failed' });
    expect(afterFailedAttempt({ attempts: 9, policy })).toEqual({ status: 'failed' });
  });

  it('gives up after the first failure when one attempt is allowed', () => {
    expect(afterFailedAttempt({ attempts: 1, policy: { ...policy, maxAttempts: 1 } })).toEqual({
      status: 'failed',
    });
  });

  it('stays at the ceiling for very many attempts', () => {
    expect(
      afterFailedAttempt({ attempts: 5000, policy: { ...policy, maxAttempts: 10_000 } }),
    ).toEqual({ status: 'pending', retryInMs: 100_000 });
  });
});
