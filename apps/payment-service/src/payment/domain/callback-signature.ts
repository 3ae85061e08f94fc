/**
 * The signature scheme of provider callbacks (documented in docs/services/payment-service.md so a
 * real gateway's adapter can follow it):
 *
 *   X-Lienthong-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body bytes>")>
 *
 * The timestamp is signed with the body, so a captured callback cannot be replayed after
 * {@link CALLBACK_SIGNATURE_TOLERANCE_SECONDS}; several `v1=` entries may be given (secret
 * rotation), one matching is enough.
 */
export const CALLBACK_SIGNATURE_HEADER = 'x-lienthong-signature';

/** How far a callback's signed timestamp may be from our clock, either way. */
export const CALLBACK_SIGNATURE_TOLERANCE_SECONDS = 300;
