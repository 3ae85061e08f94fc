import { composePin } from './compose-pin.util';
import { PinError, PinErrorCode } from './pin.error';

/** How many 6-digit suffixes a prefix has: a suffix is an integer in `[0, PIN_SUFFIX_BOUND)`. */
export const PIN_SUFFIX_BOUND = 1_000_000;

/**
 * Draws an integer in `[0, bound)`. Production uses `crypto.randomInt`: PINs must not be guessable
 * from one another, so no seeded or sequential source.
 */
export type RandomSuffixSource = (bound: number) => number;

/** What recording one candidate PIN for a request gave. */
export type PinClaim =
  /** The candidate is now this request's PIN. */
  | { readonly outcome: 'claimed' }
  /** Someone already holds the candidate: draw again. */
  | { readonly outcome: 'taken' }
  /** This request already has a PIN (a redelivery, or a re-send racing the first). */
  | { readonly outcome: 'already-issued'; readonly pin: string };

/** Input of {@link allocatePin}. */
export interface AllocatePinInput {
  /** The 6-digit prefix from `pinPrefix`. */
  readonly prefix: string;
  readonly randomSuffix: RandomSuffixSource;
  /** Records `pin` for the request unless it is held or the request already has one. */
  readonly claim: (pin: string) => Promise<PinClaim>;
  /** Draws before giving up; with a prefix space that is 90% full, 100 draws all fail 1 in 37,000. */
  readonly maxAttempts?: number;
}

/** The request's PIN, whether it was drawn now, and after how many draws. */
export interface PinAllocation {
  readonly pin: string;
  /** False when the request already had this PIN: nothing else must be recorded again. */
  readonly fresh: boolean;
  readonly attempts: number;
}

/** One candidate PIN: the prefix and a random 6-digit suffix (Decree 137/2015/ND-CP Art. 13). */
export function drawPin(prefix: string, randomSuffix: RandomSuffixSource): string {
  return composePin(prefix, randomSuffix(PIN_SUFFIX_BOUND));
}

/**
 * Draws candidates until one is claimed for the request, or the request turns out to have a PIN
 * already. Uniqueness is the claim's job (a unique index, under any concurrency); this loop only
 * decides what to do with its answer, so it is tested with an in-memory claim.
 * @throws PinError SPACE_EXHAUSTED after `maxAttempts` draws that were all taken.
 */
export async function allocatePin({
  prefix,
  randomSuffix,
  claim,
  maxAttempts = 100,
}: AllocatePinInput): Promise<PinAllocation> {
  for (let attempts = 1; attempts <= maxAttempts; attempts += 1) {
    const candidate = drawPin(prefix, randomSuffix);
    const result = await claim(candidate);
    switch (result.outcome) {
      case 'claimed':
        return { pin: candidate, fresh: true, attempts };
      case 'already-issued':
        return { pin: result.pin, fresh: false, attempts };
      case 'taken':
        break;
    }
  }
  throw new PinError(
    PinErrorCode.SPACE_EXHAUSTED,
    `No free PIN under prefix ${prefix} after ${maxAttempts} draws`,
  );
}
