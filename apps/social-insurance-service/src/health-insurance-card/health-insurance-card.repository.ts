import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import { HealthInsuranceCardEntity } from './health-insurance-card.entity';

/** Queries of the card register. */
@Injectable()
export class HealthInsuranceCardRepository {
  constructor(private readonly database: Database) {}

  /** The card with this number, or null. */
  findByNumber(cardNumber: string): Promise<HealthInsuranceCardEntity | null> {
    return this.findByNumberInTx(cardNumber, this.database.manager);
  }

  /** The card with this number, or null, in the caller's transaction. */
  findByNumberInTx(
    cardNumber: string,
    manager: EntityManager,
  ): Promise<HealthInsuranceCardEntity | null> {
    return manager.findOne(HealthInsuranceCardEntity, { where: { cardNumber } });
  }

  /**
   * Inserts the card unless one with its number exists (then nothing changes), in the caller's
   * transaction. A concurrent insert of the same number waits for the other transaction and
   * then does nothing, so the two never both issue.
   * @returns whether this call inserted it.
   */
  async insertIfAbsentInTx(
    card: HealthInsuranceCardEntity,
    manager: EntityManager,
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO health_insurance_card
         (card_number, holder_full_name, holder_sex, holder_date_of_birth, category,
          benefit_level, valid_from, valid_to, dossier_id, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (card_number) DO NOTHING
       RETURNING card_number`,
      [
        card.cardNumber,
        card.holderFullName,
        card.holderSex,
        card.holderDateOfBirth,
        card.category,
        card.benefitLevel,
        card.validFrom,
        card.validTo,
        card.dossierId,
        card.issuedAt,
      ],
    );
    return inserted.length === 1;
  }
}
