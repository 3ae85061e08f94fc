import { nameBasedUuid } from '../../payment/domain/name-based-uuid.util';

/**
 * Namespace of payout ids (a fixed random UUID), not the fees' one: a payout id never equals a
 * fee payment's id, so `GET /v1/payments/{id}` and the callback endpoint find one or the other.
 */
const PAYOUT_ID_NAMESPACE = '8c0e4b1a-6f2d-4e95-b7a3-2d91c5f0e6a4';

/**
 * The payout id of a dossier step: a name-based UUID (RFC 9562 version 5) of `dossierId/step`.
 * There is one payout per dossier step, so the id is a function of it: a payout retried after a
 * failed commit is asked of the provider under the same id, which providers are idempotent on,
 * and the payee is never paid twice.
 */
export function derivePayoutId({ dossierId, step }: { dossierId: string; step: string }): string {
  return nameBasedUuid({
    namespace: PAYOUT_ID_NAMESPACE,
    name: `${dossierId.toLowerCase()}/${step}`,
  });
}
