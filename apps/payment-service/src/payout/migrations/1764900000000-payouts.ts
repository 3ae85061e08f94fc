import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Benefit payouts of dossier steps (paid to citizens on an agency's behalf), and the provider
 * callbacks received about them. Apart from `payment` (fees): other columns, other statuses.
 * Of the payee only the bank code and the masked account number are kept: the full account, the
 * name and the PIN go to the provider, once, and are not needed afterwards.
 */
export class Payouts1764900000000 implements MigrationInterface {
  name = 'Payouts1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE payout (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        step text NOT NULL CHECK (step ~ '^[a-z][a-z0-9-]*$'),
        agency text NOT NULL CHECK (agency <> ''),
        benefit text NOT NULL CHECK (benefit <> ''),
        description text NOT NULL CHECK (description <> ''),
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL CHECK (currency = 'VND'),
        payee_bank_code text NOT NULL CHECK (payee_bank_code ~ '^[0-9]{6}$'),
        -- Never the full number: all but the last 4 digits are stars.
        payee_account_masked text NOT NULL CHECK (payee_account_masked ~ '^[*]+[0-9]{4}$'),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'failed')),
        provider text NOT NULL,
        provider_reference text,
        correlation_id text NOT NULL,
        pay_event_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        paid_at timestamptz,
        failed_at timestamptz,
        failure_code text CHECK (failure_code IN ('refused-by-bank', 'invalid-account')),
        failure_reason text,
        -- One payout per dossier step, however often the command is delivered or re-sent.
        CONSTRAINT payout_one_per_dossier_step UNIQUE (dossier_id, step),
        CONSTRAINT payout_paid_has_time CHECK ((status = 'paid') = (paid_at IS NOT NULL)),
        CONSTRAINT payout_failure_complete CHECK (
          (status = 'failed') = (failed_at IS NOT NULL AND failure_code IS NOT NULL
                                 AND failure_reason IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE payout_callback (
        provider text NOT NULL,
        event_id text NOT NULL,
        payout_id uuid NOT NULL REFERENCES payout (id),
        outcome text NOT NULL CHECK (outcome IN ('succeeded', 'declined')),
        failure_code text CHECK (failure_code IN ('refused-by-bank', 'invalid-account')),
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        effect text NOT NULL CHECK (effect IN ('mark-paid', 'mark-failed', 'reconcile', 'none')),
        -- A provider retries a webhook with the same event id: the second delivery is a no-op.
        PRIMARY KEY (provider, event_id)
      )`);
    await queryRunner.query(`CREATE INDEX payout_callback_payout ON payout_callback (payout_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payout_callback`);
    await queryRunner.query(`DROP TABLE payout`);
  }
}
