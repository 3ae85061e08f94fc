import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The e-mail of each inbox message, and its delivery state. */
export class EmailDelivery1764300000001 implements MigrationInterface {
  name = 'EmailDelivery1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE email_delivery (
        message_id uuid PRIMARY KEY REFERENCES applicant_message (id) ON DELETE CASCADE,
        status text NOT NULL
          CHECK (status IN ('pending', 'sent', 'failed', 'not_sent', 'disabled')),
        to_address text,
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- The worker needs both to send a pending e-mail.
        CONSTRAINT email_delivery_pending_is_sendable
          CHECK (status <> 'pending' OR (to_address IS NOT NULL AND next_attempt_at IS NOT NULL)),
        CONSTRAINT email_delivery_sent_at CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    // The worker's scan: pending e-mails by due time. Partial, so sent ones cost nothing.
    await queryRunner.query(
      `CREATE INDEX email_delivery_due ON email_delivery (next_attempt_at) WHERE status = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE email_delivery`);
  }
}
