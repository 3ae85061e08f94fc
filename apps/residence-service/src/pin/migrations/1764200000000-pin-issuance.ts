import type { MigrationInterface, QueryRunner } from 'typeorm';

/** PIN issuances: one PIN per request, never the same PIN twice. */
export class PinIssuance1764200000000 implements MigrationInterface {
  name = 'PinIssuance1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The primary key gives one PIN per request (a re-sent command answers the same PIN); the
    // unique PIN gives each PIN to one request, whatever runs concurrently. The child becomes a
    // resident in the same transaction, after the claim: the foreign key is checked at commit.
    await queryRunner.query(`
      CREATE TABLE pin_issuance (
        request_id uuid PRIMARY KEY,
        pin char(12) NOT NULL CHECK (pin ~ '^[0-9]{3}[0-5][0-9]{8}$'),
        dossier_id uuid NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pin_issuance_pin_unique UNIQUE (pin),
        CONSTRAINT pin_issuance_resident FOREIGN KEY (pin) REFERENCES resident (pin)
          DEFERRABLE INITIALLY DEFERRED
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pin_issuance`);
  }
}
