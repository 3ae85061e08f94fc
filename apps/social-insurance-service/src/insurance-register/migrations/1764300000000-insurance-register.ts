import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The social-insurance register: participants and pensioners, one row per PIN. */
export class InsuranceRegister1764300000000 implements MigrationInterface {
  name = 'InsuranceRegister1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE insured_person (
        pin char(12) PRIMARY KEY CHECK (pin ~ '^[0-9]{3}[0-5][0-9]{8}$'),
        kind text NOT NULL CHECK (kind IN ('participant', 'pensioner')),
        contribution_months integer NOT NULL CHECK (contribution_months >= 0),
        since date NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE insured_person`);
  }
}
