import { timingSafeEqual } from 'node:crypto';
import { CALLBACK_SIGNATURE_TOLERANCE_SECONDS } from './callback-signature';
import { computeCallbackSignature } from './compute-callback-signature.util';

/** Why a callback's signature was refused (said to the caller: it holds no secret). */
export type SignatureRefusal =
  'missing' | 'malformed' | 'timestamp-out-of-tolerance' | 'no-matching-signature';

/** The verdict on one callback's signature. */
export type SignatureVerdict = { ok: true } | { ok: false; refusal: SignatureRefusal };

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/**
 * Checks an `X-Lienthong-Signature` header against the raw body bytes: a `t=` timestamp within
 * the tolerance of `now`, and at least one `v1=` equal to the HMAC we compute. Compared with
 * `timingSafeEqual`, so the time taken does not tell an attacker how much of a guess was right.
 */
export function verifyCallbackSignature({
  header,
  body,
  secret,
  now,
  toleranceSeconds = CALLBACK_SIGNATURE_TOLERANCE_SECONDS,
}: {
  header: string | undefined;
  body: Buffer;
  secret: string;
  now: Date;
  toleranceSeconds?: number;
}): SignatureVerdict {
  if (header === undefined || header.trim() === '') return { ok: false, refusal: 'missing' };
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator <= 0) return { ok: false, refusal: 'malformed' };
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't') {
      if (timestamp !== undefined || !/^[0-9]{1,12}$/.test(value)) {
        return { ok: false, refusal: 'malformed' };
      }
      timestamp = Number(value);
    } else if (key === 'v1') {
      signatures.push(value.toLowerCase());
    }
    // Other keys (a future scheme) are ignored, so a gateway can send both during a migration.
  }
  if (timestamp === undefined || signatures.length === 0) {
    return { ok: false, refusal: 'malformed' };
  }
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    return { ok: false, refusal: 'timestamp-out-of-tolerance' };
  }
  const expected = Buffer.from(computeCallbackSignature({ secret, timestamp, body }), 'hex');
  const matches = signatures.some(
    (signature) =>
      HEX_SHA256.test(signature) && timingSafeEqual(Buffer.from(signature, 'hex'), expected),
  );
  return matches ? { ok: true } : { ok: false, refusal: 'no-matching-signature' };
}
