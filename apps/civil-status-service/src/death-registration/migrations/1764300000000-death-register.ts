import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The death register: registrations and the per-year numbering. */
export class DeathRegister1764300000000 implements MigrationInterface {
  name = 'DeathRegister1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE death_registration (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        step text NOT NULL,
        status text NOT NULL CHECK (status IN ('awaiting_particulars', 'registered', 'rejected')),
        deceased_pin char(12) NOT NULL CHECK (deceased_pin ~ '^[0-9]{12}$'),
        deceased_full_name text CHECK (deceased_full_name <> ''),
        deceased_sex text CHECK (deceased_sex IN ('male', 'female')),
        deceased_date_of_birth date,
        date_of_death date NOT NULL,
        place_of_death text NOT NULL CHECK (place_of_death <> ''),
        medical_death_certificate_no text NOT NULL CHECK (medical_death_certificate_no <> ''),
        applicant_pin char(12) NOT NULL CHECK (applicant_pin ~ '^[0-9]{12}$'),
        applicant_relationship text NOT NULL CHECK (applicant_relationship <> ''),
        registration_number text UNIQUE,
        registered_at timestamptz,
        rejection_code text,
        rejection_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A re-sent command (new event id, same dossier and step) finds the first registration.
        CONSTRAINT death_registration_dossier_step UNIQUE (dossier_id, step),
        CONSTRAINT death_registration_registered_complete CHECK (
          status <> 'registered' OR (
            registration_number IS NOT NULL AND registered_at IS NOT NULL
            AND deceased_full_name IS NOT NULL AND deceased_sex IS NOT NULL
            AND deceased_date_of_birth IS NOT NULL)),
        -- The rule is checked before; this keeps a bug from registering an impossible death.
        CONSTRAINT death_registration_registered_after_birth CHECK (
          status <> 'registered' OR date_of_death >= deceased_date_of_birth),
        CONSTRAINT death_registration_rejected_with_reason CHECK (
          status <> 'rejected' OR (rejection_code IS NOT NULL AND rejection_reason IS NOT NULL))
      )`);
    // A person's death is registered once, whatever the concurrency: the registering transaction
    // also takes an advisory lock on the PIN, so a second dossier waits, then sees this row and is
    // refused; this index is the guarantee if that ever fails. Awaiting and rejected registrations
    // do not hold the person: a dossier refused for a wrong date can be filed again.
    await queryRunner.query(`
      CREATE UNIQUE INDEX death_registration_one_per_person
        ON death_registration (deceased_pin)
        WHERE status = 'registered'`);
    // Rank of each registration in the year's death register; a row per year, incremented in the
    // registering transaction: numbers are gapless (a rolled-back registration gives its number
    // back) and registrations take turns on the row for a moment.
    await queryRunner.query(`
      CREATE TABLE death_registration_counter (
        year integer PRIMARY KEY CHECK (year BETWEEN 1000 AND 9999),
        last_sequence integer NOT NULL CHECK (last_sequence > 0)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE death_registration_counter`);
    await queryRunner.query(`DROP TABLE death_registration`);
  }
}
