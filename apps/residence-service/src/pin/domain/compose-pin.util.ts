import { PinError, PinErrorCode } from './pin.error';

const PREFIX = /^\d{3}[0-5]\d{2}$/;
const MAX_RANDOM = 999_999;

/**
 * A full 12-digit PIN: the 6-digit prefix from `pinPrefix` plus 6 random digits, zero-padded
 * (Decree 137/2015/ND-CP Art. 13). The caller draws `random6`; uniqueness is enforced later by
 * the repository (unique index and retry), not here.
 * @throws PinError INVALID_PREFIX or INVALID_RANDOM (not an integer within 0..999999).
 */
export function composePin(prefix: string, random6: number): string {
  if (!PREFIX.test(prefix)) {
    throw new PinError(
      PinErrorCode.INVALID_PREFIX,
      `Prefix must be 6 digits with a sex-and-century digit of 0-5, got '${prefix}'`,
    );
  }
  if (!Number.isInteger(random6) || random6 < 0 || random6 > MAX_RANDOM) {
    throw new PinError(
      PinErrorCode.INVALID_RANDOM,
      `Random part must be an integer within 0..${MAX_RANDOM}, got ${random6}`,
    );
  }
  return `${prefix}${String(random6).padStart(6, '0')}`;
}
