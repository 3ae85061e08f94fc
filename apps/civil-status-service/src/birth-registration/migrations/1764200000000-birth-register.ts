import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The birth register: registrations and the per-commune, per-year numbering. */
export class BirthRegister1764200000000 implements MigrationInterface {
  name = 'BirthRegister1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE birth_registration (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        step text NOT NULL,
        status text NOT NULL CHECK (status IN ('awaiting_pin', 'registered', 'rejected')),
        province_code char(3) NOT NULL CHECK (province_code ~ '^[0-9]{3}$'),
        commune_code char(5) NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
        child_full_name text NOT NULL CHECK (child_full_name <> ''),
        child_name_key text NOT NULL CHECK (child_name_key <> ''),
        child_sex text NOT NULL CHECK (child_sex IN ('male', 'female')),
        child_date_of_birth date NOT NULL,
        child_place_of_birth text NOT NULL CHECK (child_place_of_birth <> ''),
        child_pin char(12) UNIQUE CHECK (child_pin ~ '^[0-9]{12}$'),
        mother_pin char(12) NOT NULL CHECK (mother_pin ~ '^[0-9]{12}$'),
        mother_full_name text,
        mother_date_of_birth date,
        father_pin char(12) CHECK (father_pin ~ '^[0-9]{12}$'),
        father_full_name text,
        father_date_of_birth date,
        medical_birth_certificate_no text NOT NULL CHECK (medical_birth_certificate_no <> ''),
        applicant_pin char(12) NOT NULL CHECK (applicant_pin ~ '^[0-9]{12}$'),
        registration_number text UNIQUE,
        registered_at timestamptz,
        rejection_code text,
        rejection_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A re-sent command (new event id, same dossier and step) finds the first registration.
        CONSTRAINT birth_registration_dossier_step UNIQUE (dossier_id, step),
        CONSTRAINT birth_registration_registered_complete CHECK (
          status <> 'registered' OR (
            registration_number IS NOT NULL AND registered_at IS NOT NULL AND child_pin IS NOT NULL
            AND mother_full_name IS NOT NULL AND mother_date_of_birth IS NOT NULL)),
        CONSTRAINT birth_registration_rejected_with_reason CHECK (
          status <> 'rejected' OR (rejection_code IS NOT NULL AND rejection_reason IS NOT NULL)),
        -- Father's particulars come from the register, only for a father given by PIN.
        CONSTRAINT birth_registration_father_particulars CHECK (
          father_full_name IS NULL OR father_pin IS NOT NULL)
      )`);
    // One child is registered once: the same mother, child name (normalised key) and date of birth
    // cannot be registered or awaiting its PIN twice, whatever the concurrency. A rejected
    // registration frees the key for a corrected dossier.
    await queryRunner.query(`
      CREATE UNIQUE INDEX birth_registration_one_per_child
        ON birth_registration (mother_pin, child_name_key, child_date_of_birth)
        WHERE status <> 'rejected'`);
    // Rank of each registration in its commune's register for the year. A row per commune and
    // year, incremented in the registering transaction: numbers are gapless (a rolled-back
    // registration gives its number back) and registrations of one commune take turns on the row.
    await queryRunner.query(`
      CREATE TABLE birth_registration_counter (
        commune_code char(5) NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
        year integer NOT NULL CHECK (year BETWEEN 1000 AND 9999),
        last_sequence integer NOT NULL CHECK (last_sequence > 0),
        PRIMARY KEY (commune_code, year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE birth_registration_counter`);
    await queryRunner.query(`DROP TABLE birth_registration`);
  }
}
