import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sandbox gateway's payouts, and callbacks about them in its existing webhook queue: a queued
 * callback is now about a payment or a payout (exactly one), delivered the same way.
 */
export class SandboxPayouts1764900000001 implements MigrationInterface {
  name = 'SandboxPayouts1764900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sandbox_payout (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        description text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'succeeded', 'declined')),
        failure_code text CHECK (failure_code IN ('refused-by-bank', 'invalid-account')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sandbox_payout_failure CHECK ((status = 'declined') = (failure_code IS NOT NULL))
      )`);
    await queryRunner.query(`ALTER TABLE sandbox_callback ALTER COLUMN payment_id DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE sandbox_callback
        ADD COLUMN payout_id uuid REFERENCES sandbox_payout (id),
        ADD CONSTRAINT sandbox_callback_about_one CHECK ((payment_id IS NULL) <> (payout_id IS NULL))`);
    await queryRunner.query(`CREATE INDEX sandbox_callback_payout ON sandbox_callback (payout_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM sandbox_callback WHERE payout_id IS NOT NULL`);
    await queryRunner.query(`DROP INDEX sandbox_callback_payout`);
    await queryRunner.query(
      `ALTER TABLE sandbox_callback DROP CONSTRAINT sandbox_callback_about_one, DROP COLUMN payout_id`,
    );
    await queryRunner.query(`ALTER TABLE sandbox_callback ALTER COLUMN payment_id SET NOT NULL`);
    await queryRunner.query(`DROP TABLE sandbox_payout`);
  }
}
