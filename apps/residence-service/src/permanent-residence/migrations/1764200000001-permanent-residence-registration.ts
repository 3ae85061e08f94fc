import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Permanent-residence registrations of newborns, and the sequence of their confirmation numbers. */
export class PermanentResidenceRegistration1764200000001 implements MigrationInterface {
  name = 'PermanentResidenceRegistration1764200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE permanent_residence_confirmation_seq`);
    // One registration per child (the primary key): a re-sent command answers the same number.
    await queryRunner.query(`
      CREATE TABLE permanent_residence_registration (
        child_pin char(12) PRIMARY KEY REFERENCES resident (pin),
        household_id text NOT NULL REFERENCES household (id),
        confirmation_number text NOT NULL UNIQUE,
        with_parent text NOT NULL CHECK (with_parent IN ('mother', 'father')),
        dossier_id uuid NOT NULL,
        birth_registration_number text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE permanent_residence_registration`);
    await queryRunner.query(`DROP SEQUENCE permanent_residence_confirmation_seq`);
  }
}
