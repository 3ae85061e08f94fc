import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import { FuneralAllowanceEntity } from './funeral-allowance.entity';

/** How payment-service settled a granted allowance. */
export type PayoutSettlement =
  | { readonly status: 'paid'; readonly paymentId: string; readonly at: Date }
  | {
      readonly status: 'payout_failed';
      readonly paymentId: string;
      readonly code: string;
      readonly reason: string;
      readonly at: Date;
    };

/** Queries of the funeral allowance decisions. */
@Injectable()
export class FuneralAllowanceRepository {
  constructor(private readonly database: Database) {}

  /** The decision of a dossier's funeral-allowance step, or null (a dossier has one such step). */
  findByDossier(dossierId: string): Promise<FuneralAllowanceEntity | null> {
    return this.database.manager.findOne(FuneralAllowanceEntity, {
      where: { dossierId },
      order: { decidedAt: 'ASC' },
    });
  }

  /** The decision of a dossier step, or null, in the caller's transaction. */
  findByDossierStepInTx(
    dossierId: string,
    step: string,
    manager: EntityManager,
  ): Promise<FuneralAllowanceEntity | null> {
    return manager.findOne(FuneralAllowanceEntity, { where: { dossierId, step } });
  }

  /**
   * The decision of a dossier step, locked until the caller's transaction ends (`FOR UPDATE`), so
   * two answers of payment-service for it are applied one after the other; or null.
   */
  lockByDossierStepInTx(
    dossierId: string,
    step: string,
    manager: EntityManager,
  ): Promise<FuneralAllowanceEntity | null> {
    return manager
      .createQueryBuilder(FuneralAllowanceEntity, 'allowance')
      .setLock('pessimistic_write')
      .where('allowance.dossier_id = :dossierId AND allowance.step = :step', { dossierId, step })
      .getOne();
  }

  /**
   * Inserts the decision unless the dossier step already has one, or unless it grants the
   * allowance of a death already granted in another dossier (then nothing changes), in the
   * caller's transaction. A concurrent insert that conflicts waits for the other transaction and
   * then does nothing, so two never both decide.
   * @returns whether this call inserted it.
   */
  async insertIfAbsentInTx(
    allowance: FuneralAllowanceEntity,
    manager: EntityManager,
  ): Promise<boolean> {
    // No conflict target: either unique key (dossier step, or the death while granted) holds.
    const inserted: unknown[] = await manager.query(
      `INSERT INTO funeral_allowance
         (id, dossier_id, step, deceased_pin, date_of_death, status, refusal_code, amount,
          currency, reference_level, reference_level_multiple, payment_id, payout_failure_code,
          reason, decided_at, settled_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        allowance.id,
        allowance.dossierId,
        allowance.step,
        allowance.deceasedPin,
        allowance.dateOfDeath,
        allowance.status,
        allowance.refusalCode,
        allowance.amount,
        allowance.currency,
        allowance.referenceLevel,
        allowance.referenceLevelMultiple,
        allowance.paymentId,
        allowance.payoutFailureCode,
        allowance.reason,
        allowance.decidedAt,
        allowance.settledAt,
      ],
    );
    return inserted.length === 1;
  }

  /** Records payment-service's answer on a granted allowance, in the caller's transaction. */
  async settleInTx(
    id: string,
    settlement: PayoutSettlement,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE funeral_allowance
          SET status = $2, payment_id = $3, payout_failure_code = $4, reason = $5, settled_at = $6
        WHERE id = $1 AND status = 'awaiting_payout'`,
      [
        id,
        settlement.status,
        settlement.paymentId,
        settlement.status === 'payout_failed' ? settlement.code : null,
        settlement.status === 'payout_failed' ? settlement.reason : null,
        settlement.at,
      ],
    );
  }
}
