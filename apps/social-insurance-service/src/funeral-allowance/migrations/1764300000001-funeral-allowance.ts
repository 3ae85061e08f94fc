import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Funeral allowance decisions: one per dossier step, at most one granted per death. */
export class FuneralAllowance1764300000001 implements MigrationInterface {
  name = 'FuneralAllowance1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A decision is written with INSERT ... ON CONFLICT DO NOTHING: the unique dossier step makes
    // a re-sent command decide nothing new, and the unique index below makes a second dossier
    // for the same death (or a concurrent one) unable to be granted the allowance again.
    await queryRunner.query(`
      CREATE TABLE funeral_allowance (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        step text NOT NULL CHECK (step <> ''),
        deceased_pin char(12) NOT NULL CHECK (deceased_pin ~ '^[0-9]{12}$'),
        date_of_death date NOT NULL,
        status text NOT NULL
          CHECK (status IN ('not_applicable', 'awaiting_payout', 'paid', 'payout_failed')),
        refusal_code text
          CHECK (refusal_code IN ('not-in-register', 'insufficient-contributions', 'already-granted')),
        amount integer CHECK (amount > 0),
        currency text CHECK (currency = 'VND'),
        reference_level integer CHECK (reference_level > 0),
        reference_level_multiple integer CHECK (reference_level_multiple > 0),
        payment_id uuid,
        payout_failure_code text,
        reason text CHECK (reason <> ''),
        decided_at timestamptz NOT NULL,
        settled_at timestamptz,
        CONSTRAINT funeral_allowance_one_per_dossier_step UNIQUE (dossier_id, step),
        CONSTRAINT funeral_allowance_refused_or_granted CHECK (
          CASE WHEN status = 'not_applicable'
            THEN refusal_code IS NOT NULL AND reason IS NOT NULL AND amount IS NULL
            ELSE refusal_code IS NULL AND amount IS NOT NULL AND currency IS NOT NULL
              AND reference_level IS NOT NULL AND reference_level_multiple IS NOT NULL
          END),
        CONSTRAINT funeral_allowance_settled CHECK (
          CASE status
            WHEN 'paid' THEN payment_id IS NOT NULL AND settled_at IS NOT NULL
            WHEN 'payout_failed' THEN payout_failure_code IS NOT NULL AND reason IS NOT NULL
              AND settled_at IS NOT NULL
            ELSE settled_at IS NULL
          END)
      )`);
    // At most one allowance per death: only while granted (a failed payout paid nothing, so a
    // later dossier may claim it with another account).
    await queryRunner.query(`
      CREATE UNIQUE INDEX funeral_allowance_one_per_death ON funeral_allowance (deceased_pin)
      WHERE status IN ('awaiting_payout', 'paid')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE funeral_allowance`);
  }
}
