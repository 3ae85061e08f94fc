import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sandbox gateway's own state: its payments, and the callbacks (webhooks) it still has to
 * deliver. Kept apart from `payment`: the sandbox stands for a remote system and reaches the
 * payment module only over HTTP, through the signed callback endpoint.
 */
export class SandboxGateway1764300000001 implements MigrationInterface {
  name = 'SandboxGateway1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sandbox_payment (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        description text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN
          ('open', 'succeeded', 'declined', 'cancelled', 'refunded')),
        expires_at timestamptz NOT NULL,
        refund_id text UNIQUE,
        refunded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sandbox_payment_refund CHECK ((status = 'refunded') = (refund_id IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE sandbox_callback (
        event_id uuid PRIMARY KEY,
        payment_id uuid NOT NULL REFERENCES sandbox_payment (id),
        -- The exact bytes sent (and signed again) at every attempt.
        body text NOT NULL,
        deliver_after timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        delivered_at timestamptz,
        abandoned_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The dispatcher reads only callbacks still to deliver, the most overdue first.
    await queryRunner.query(
      `CREATE INDEX sandbox_callback_due ON sandbox_callback (deliver_after)
       WHERE delivered_at IS NULL AND abandoned_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX sandbox_callback_payment ON sandbox_callback (payment_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sandbox_callback`);
    await queryRunner.query(`DROP TABLE sandbox_payment`);
  }
}
