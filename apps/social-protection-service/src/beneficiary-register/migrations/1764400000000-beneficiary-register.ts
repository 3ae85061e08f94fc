import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The register of monthly social-assistance beneficiaries: one row per person. */
export class BeneficiaryRegister1764400000000 implements MigrationInterface {
  name = 'BeneficiaryRegister1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiary (
        pin char(12) PRIMARY KEY CHECK (pin ~ '^[0-9]{3}[0-5][0-9]{8}$'),
        since date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE beneficiary`);
  }
}
