import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deletions of permanent residence at death, and the sequence of their confirmation numbers. */
export class PermanentResidenceDeletion1764300000001 implements MigrationInterface {
  name = 'PermanentResidenceDeletion1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE permanent_residence_deletion_confirmation_seq`);
    // One deletion per person (the primary key): a re-sent command answers the same number.
    await queryRunner.query(`
      CREATE TABLE permanent_residence_deletion (
        pin char(12) PRIMARY KEY REFERENCES resident (pin),
        confirmation_number text NOT NULL UNIQUE,
        household_id text REFERENCES household (id),
        relationship_to_head text,
        date_of_death date NOT NULL,
        dossier_id uuid NOT NULL,
        death_registration_number text NOT NULL CHECK (death_registration_number <> ''),
        deleted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT permanent_residence_deletion_relationship_with_household
          CHECK ((household_id IS NULL) = (relationship_to_head IS NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE permanent_residence_deletion`);
    await queryRunner.query(`DROP SEQUENCE permanent_residence_deletion_confirmation_seq`);
  }
}
