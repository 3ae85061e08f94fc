import { createHash } from 'node:crypto';

/** Namespace of payment ids (a fixed random UUID): ids derived here collide with no other v5 id. */
const PAYMENT_ID_NAMESPACE = '3f1d6c2e-8a57-4c3b-9e0f-5b7d21a4c8e9';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/**
 * The payment id of a dossier step: a name-based UUID (RFC 9562 version 5) of `dossierId/step`.
 * There is one payment per dossier step, so the id is a function of it: an open retried after a
 * failed commit asks the provider about the same payment, which providers are idempotent on,
 * instead of opening a second one.
 */
export function derivePaymentId({ dossierId, step }: { dossierId: string; step: string }): string {
  const hash = createHash('sha1')
    .update(uuidBytes(PAYMENT_ID_NAMESPACE))
    .update(`${dossierId.toLowerCase()}/${step}`, 'utf8')
    .digest()
    .subarray(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
