import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Payments of dossier steps, and the provider callbacks received about them. */
export class Payments1764300000000 implements MigrationInterface {
  name = 'Payments1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        step text NOT NULL CHECK (step ~ '^[a-z][a-z0-9-]*$'),
        procedure text NOT NULL CHECK (procedure <> ''),
        description text NOT NULL CHECK (description <> ''),
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL CHECK (currency = 'VND'),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN
          ('pending', 'paid', 'declined', 'expired', 'cancelled', 'refunded')),
        provider text NOT NULL,
        provider_reference text,
        correlation_id text NOT NULL,
        collect_event_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        paid_at timestamptz,
        closed_at timestamptz,
        refund_id text,
        refunded_at timestamptz,
        refund_reason text,
        -- One payment per dossier step, however often the command is delivered or re-sent.
        CONSTRAINT payment_one_per_dossier_step UNIQUE (dossier_id, step),
        CONSTRAINT payment_paid_has_time CHECK (status <> 'paid' OR paid_at IS NOT NULL),
        CONSTRAINT payment_refund_complete CHECK (
          (status = 'refunded') = (refund_id IS NOT NULL AND refunded_at IS NOT NULL
                                   AND refund_reason IS NOT NULL AND paid_at IS NOT NULL))
      )`);
    // The expiry sweeper reads only pending payments, oldest deadline first.
    await queryRunner.query(
      `CREATE INDEX payment_pending_expiry ON payment (expires_at) WHERE status = 'pending'`,
    );
    await queryRunner.query(`
      CREATE TABLE payment_callback (
        provider text NOT NULL,
        event_id text NOT NULL,
        payment_id uuid NOT NULL REFERENCES payment (id),
        outcome text NOT NULL CHECK (outcome IN ('succeeded', 'declined')),
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        effect text NOT NULL CHECK (effect IN
          ('mark-paid', 'mark-declined', 'refund-late-payment', 'none')),
        -- A provider retries a webhook with the same event id: the second delivery is a no-op.
        PRIMARY KEY (provider, event_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX payment_callback_payment ON payment_callback (payment_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payment_callback`);
    await queryRunner.query(`DROP TABLE payment`);
  }
}
