import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Health-insurance cards: one row per card number (a child's PIN). */
export class HealthInsuranceCard1764200000000 implements MigrationInterface {
  name = 'HealthInsuranceCard1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The primary key on the number is what makes a re-sent or concurrent command issue no
    // second card: issuing is INSERT ... ON CONFLICT (card_number) DO NOTHING.
    await queryRunner.query(`
      CREATE TABLE health_insurance_card (
        card_number char(12) PRIMARY KEY CHECK (card_number ~ '^[0-9]{12}$'),
        holder_full_name text NOT NULL CHECK (holder_full_name <> ''),
        holder_sex text NOT NULL CHECK (holder_sex IN ('male', 'female')),
        holder_date_of_birth date NOT NULL,
        category text NOT NULL CHECK (category <> ''),
        benefit_level smallint NOT NULL CHECK (benefit_level BETWEEN 1 AND 5),
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        dossier_id uuid NOT NULL,
        issued_at timestamptz NOT NULL,
        CONSTRAINT health_insurance_card_validity CHECK (valid_to >= valid_from)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE health_insurance_card`);
  }
}
