import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Funeral-support decisions: one per dossier, at most one paid (or being paid) per deceased. */
export class FuneralSupport1764400000001 implements MigrationInterface {
  name = 'FuneralSupport1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE funeral_support (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        step text NOT NULL CHECK (step <> ''),
        status text NOT NULL
          CHECK (status IN ('not_applicable', 'awaiting_payout', 'paid', 'failed')),
        deceased_pin char(12) NOT NULL CHECK (deceased_pin ~ '^[0-9]{12}$'),
        date_of_death date NOT NULL,
        payee_pin char(12) NOT NULL CHECK (payee_pin ~ '^[0-9]{12}$'),
        amount bigint CHECK (amount > 0),
        other_funeral_benefit_paid bigint CHECK (other_funeral_benefit_paid >= 0),
        payment_id uuid,
        code text,
        reason text,
        decided_at timestamptz NOT NULL,
        settled_at timestamptz,
        -- A re-sent command (new event id, same dossier) finds the first decision and is answered
        -- as it was: decisions are inserted with ON CONFLICT DO NOTHING.
        CONSTRAINT funeral_support_one_per_dossier UNIQUE (dossier_id),
        CONSTRAINT funeral_support_amount_when_due CHECK (
          status = 'not_applicable' OR amount IS NOT NULL),
        CONSTRAINT funeral_support_paid_with_payment CHECK (
          status <> 'paid' OR (payment_id IS NOT NULL AND settled_at IS NOT NULL)),
        CONSTRAINT funeral_support_refusal_with_reason CHECK (
          status NOT IN ('not_applicable', 'failed') OR (code IS NOT NULL AND reason IS NOT NULL))
      )`);
    // At most one support per deceased person, whatever the concurrency or the number of dossiers:
    // a second one's insert does nothing. A failed payout frees the person for a corrected dossier.
    await queryRunner.query(`
      CREATE UNIQUE INDEX funeral_support_one_per_deceased
        ON funeral_support (deceased_pin)
        WHERE status IN ('awaiting_payout', 'paid')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE funeral_support`);
  }
}
