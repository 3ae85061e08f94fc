import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PinClaim } from './domain/allocate-pin.util';

/** One candidate PIN for one request. */
export interface PinCandidate {
  readonly requestId: string;
  readonly pin: string;
  readonly dossierId: string;
}

/** Queries of the PIN issuance table. */
@Injectable()
export class PinIssuanceRepository {
  /** The PIN already issued for a request, or null; in the caller's transaction. */
  async findPinInTx(requestId: string, manager: EntityManager): Promise<string | null> {
    const rows = await manager.query<{ pin: string }[]>(
      `SELECT pin FROM pin_issuance WHERE request_id = $1`,
      [requestId],
    );
    return rows[0]?.pin ?? null;
  }

  /**
   * Records the candidate as the request's PIN, in the caller's transaction, unless the PIN is
   * held (issued before, or a seeded resident's) or the request already has one. `ON CONFLICT DO
   * NOTHING` rather than catching a unique violation, which would abort the transaction: a
   * conflicting row of a transaction still in flight makes PostgreSQL wait for its outcome, so the
   * answer is right under any concurrency. @idempotent per request id.
   */
  async claimInTx(candidate: PinCandidate, manager: EntityManager): Promise<PinClaim> {
    const claimed = await manager.query<{ pin: string }[]>(
      `INSERT INTO pin_issuance (request_id, pin, dossier_id)
       SELECT $1::uuid, $2::bpchar, $3::uuid
       WHERE NOT EXISTS (SELECT 1 FROM resident WHERE pin = $2::bpchar)
       ON CONFLICT DO NOTHING
       RETURNING pin`,
      [candidate.requestId, candidate.pin, candidate.dossierId],
    );
    if (claimed.length > 0) return { outcome: 'claimed' };
    // Nothing inserted: either the request has a PIN (this statement sees rows committed while
    // it waited) or the PIN is held by someone else.
    const existing = await this.findPinInTx(candidate.requestId, manager);
    return existing === null ? { outcome: 'taken' } : { outcome: 'already-issued', pin: existing };
  }
}
