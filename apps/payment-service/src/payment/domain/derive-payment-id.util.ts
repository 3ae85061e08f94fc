import { nameBasedUuid } from './name-based-uuid.util';

/** Namespace of payment ids (a fixed random UUID): ids derived here collide with no other v5 id. */
const PAYMENT_ID_NAMESPACE = '3f1d6c2e-8a57-4c3b-9e0f-5b7d21a4c8e9';

/**
 * The payment id of a dossier step: a name-based UUID (RFC 9562 version 5) of `dossierId/step`.
 * There is one payment per dossier step, so the id is a function of it: an open retried after a
 * failed commit asks the provider about the same payment, which providers are idempotent on,
 * instead of opening a second one.
 */
export function derivePaymentId({ dossierId, step }: { dossierId: string; step: string }): string {
  return nameBasedUuid({
    namespace: PAYMENT_ID_NAMESPACE,
    name: `${dossierId.toLowerCase()}/${step}`,
  });
}
