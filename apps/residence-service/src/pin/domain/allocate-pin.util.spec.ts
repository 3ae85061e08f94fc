import { allocatePin, drawPin, PIN_SUFFIX_BOUND, type PinClaim } from './allocate-pin.util';
import { PinError, PinErrorCode } from './pin.error';

/** A random source that returns the given suffixes in turn and records the bounds it was asked for. */
function scripted(...suffixes: number[]) {
  const bounds: number[] = [];
  const next = (bound: number): number => {
    bounds.push(bound);
    const suffix = suffixes.shift();
    if (suffix === undefined) throw new Error('no more scripted suffixes');
    return suffix;
  };
  return { next, bounds };
}

/** An in-memory register of issued PINs, claimed the way the repository claims them. */
function registerHolding(...held: string[]) {
  const pins = new Set(held);
  const byRequest = new Map<string, string>();
  return {
    pins,
    claimFor:
      (requestId: string) =>
      (pin: string): Promise<PinClaim> => {
        const existing = byRequest.get(requestId);
        if (existing !== undefined)
          return Promise.resolve({ outcome: 'already-issued', pin: existing });
        if (pins.has(pin)) return Promise.resolve({ outcome: 'taken' });
        pins.add(pin);
        byRequest.set(requestId, pin);
        return Promise.resolve({ outcome: 'claimed' });
      },
  };
}

describe('drawPin', () => {
  it('appends a suffix drawn below one million to the prefix', () => {
    const random = scripted(42);

    expect(drawPin('079226', random.next)).toBe('079226000042');
    expect(random.bounds).toEqual([PIN_SUFFIX_BOUND]);
  });
});

describe('allocatePin', () => {
  it('claims the first candidate when it is free', async () => {
    const register = registerHolding();

    await expect(
      allocatePin({
        prefix: '079226',
        randomSuffix: scripted(7).next,
        claim: register.claimFor('r1'),
      }),
    ).resolves.toEqual({ pin: '079226000007', fresh: true, attempts: 1 });
  });

  it('draws again while candidates are already held, and never hands out a held PIN', async () => {
    const register = registerHolding('079226000001', '079226000002');

    const allocation = await allocatePin({
      prefix: '079226',
      randomSuffix: scripted(1, 2, 1, 3).next,
      claim: register.claimFor('r1'),
    });

    expect(allocation).toEqual({ pin: '079226000003', fresh: true, attempts: 4 });
  });

  it('answers the PIN the request already has, marked as not fresh', async () => {
    const register = registerHolding();
    await allocatePin({
      prefix: '079226',
      randomSuffix: scripted(5).next,
      claim: register.claimFor('r1'),
    });

    const again = await allocatePin({
      prefix: '079226',
      randomSuffix: scripted(6).next,
      claim: register.claimFor('r1'),
    });

    expect(again).toEqual({ pin: '079226000005', fresh: false, attempts: 1 });
    expect(register.pins).toEqual(new Set(['079226000005']));
  });

  it('gives many requests distinct PINs from a tiny random space', async () => {
    const register = registerHolding();
    let counter = 0;
    // Cycles through 0..19, so most draws collide with an earlier PIN.
    const cycling = (): number => counter++ % 20;

    const pins: string[] = [];
    for (let request = 0; request < 20; request += 1) {
      const { pin } = await allocatePin({
        prefix: '001305',
        randomSuffix: cycling,
        claim: register.claimFor(`r${request}`),
      });
      pins.push(pin);
    }

    expect(new Set(pins).size).toBe(20);
    expect(pins.every((pin) => pin.startsWith('001305'))).toBe(true);
  });

  it('gives up with SPACE_EXHAUSTED after maxAttempts draws that were all taken', async () => {
    const register = registerHolding('079226000009');
    const failure = allocatePin({
      prefix: '079226',
      randomSuffix: () => 9,
      claim: register.claimFor('r1'),
      maxAttempts: 3,
    });

    await expect(failure).rejects.toBeInstanceOf(PinError);
    await expect(failure).rejects.toMatchObject({ code: PinErrorCode.SPACE_EXHAUSTED });
  });
});
