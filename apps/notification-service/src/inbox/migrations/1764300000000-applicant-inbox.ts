import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The applicants' inboxes: one message per dossier status change. */
export class ApplicantInbox1764300000000 implements MigrationInterface {
  name = 'ApplicantInbox1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The unique (dossier_id, status) is what makes a redelivered or re-sent command tell the
    // applicant nothing new: the message is inserted with ON CONFLICT DO NOTHING.
    await queryRunner.query(`
      CREATE TABLE applicant_message (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        dossier_id uuid NOT NULL,
        status text NOT NULL CHECK (status <> ''),
        recipient_pin char(12) NOT NULL CHECK (recipient_pin ~ '^[0-9]{12}$'),
        subject text NOT NULL CHECK (subject <> ''),
        body text NOT NULL CHECK (body <> ''),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT applicant_message_one_per_status UNIQUE (dossier_id, status)
      )`);
    // GET /v1/inbox/{pin}: one applicant's messages, newest first, from a cursor.
    await queryRunner.query(
      `CREATE INDEX applicant_message_inbox ON applicant_message (recipient_pin, seq DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE applicant_message`);
  }
}
