import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import { In, type EntityManager } from 'typeorm';
import { FuneralSupportEntity } from './funeral-support.entity';

/** A decision as first recorded: `not_applicable` (settled) or `awaiting_payout`. */
export type NewFuneralSupport = Omit<FuneralSupportEntity, 'paymentId' | 'settledAt'> & {
  readonly status: 'not_applicable' | 'awaiting_payout';
};

/** Queries of the funeral-support decisions. */
@Injectable()
export class FuneralSupportRepository {
  constructor(private readonly database: Database) {}

  /** The decision of a dossier, or null. */
  findByDossier(dossierId: string): Promise<FuneralSupportEntity | null> {
    return this.findByDossierInTx(dossierId, this.database.manager);
  }

  /** The decision of a dossier, or null, in the caller's transaction. */
  findByDossierInTx(
    dossierId: string,
    manager: EntityManager,
  ): Promise<FuneralSupportEntity | null> {
    return manager.findOne(FuneralSupportEntity, { where: { dossierId } });
  }

  /** The decision of a dossier, locked until the transaction ends; or null. */
  lockByDossierInTx(
    dossierId: string,
    manager: EntityManager,
  ): Promise<FuneralSupportEntity | null> {
    return manager.findOne(FuneralSupportEntity, {
      where: { dossierId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The support paid, or being paid, for this deceased person (any dossier); or null. */
  findHeldForDeceasedInTx(
    deceasedPin: string,
    manager: EntityManager,
  ): Promise<FuneralSupportEntity | null> {
    return manager.findOne(FuneralSupportEntity, {
      where: { deceasedPin, status: In(['awaiting_payout', 'paid']) },
    });
  }

  /**
   * Inserts a decision unless one already holds its dossier or, awaiting payout, its deceased
   * person (unique constraints, not a prior read, so concurrent commands cannot both insert: the
   * second waits for the first transaction, then does nothing).
   * @idempotent
   * @returns whether the row was inserted.
   */
  async insertIfAbsentInTx(row: NewFuneralSupport, manager: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO funeral_support
         (id, dossier_id, step, status, deceased_pin, date_of_death, payee_pin, amount,
          other_funeral_benefit_paid, code, reason, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        row.id,
        row.dossierId,
        row.step,
        row.status,
        row.deceasedPin,
        row.dateOfDeath,
        row.payeePin,
        row.amount,
        row.otherFuneralBenefitPaid,
        row.code,
        row.reason,
        row.decidedAt,
      ],
    );
    return inserted.length === 1;
  }

  /** Marks a support awaiting payout as paid by this payment. */
  async markPaidInTx(
    id: string,
    payout: { readonly paymentId: string; readonly at: Date },
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(
      FuneralSupportEntity,
      { id },
      { status: 'paid', paymentId: payout.paymentId, settledAt: payout.at },
    );
  }

  /** Marks a support awaiting payout as failed, with the code and the citizen's reason. */
  async markFailedInTx(
    id: string,
    failure: {
      readonly paymentId: string;
      readonly code: string;
      readonly reason: string;
      readonly at: Date;
    },
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(
      FuneralSupportEntity,
      { id },
      {
        status: 'failed',
        paymentId: failure.paymentId,
        code: failure.code,
        reason: failure.reason,
        settledAt: failure.at,
      },
    );
  }
}
