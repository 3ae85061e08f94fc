import { computeCallbackSignature } from './compute-callback-signature.util';

/**
 * The `X-Lienthong-Signature` header value a provider sends with `body`, signed at `now`: what the
 * sandbox gateway sends, and what a real gateway's adapter must reproduce.
 */
export function signCallback({
  secret,
  body,
  now,
}: {
  secret: string;
  body: Buffer | string;
  now: Date;
}): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${computeCallbackSignature({ secret, timestamp, body })}`;
}
