import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The population register: households and residents (permanent residence by household). */
export class PopulationRegister1764100000000 implements MigrationInterface {
  name = 'PopulationRegister1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE household (
        id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9-]{1,64}$'),
        province_code char(3) NOT NULL CHECK (province_code ~ '^[0-9]{3}$'),
        commune_code char(5) NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
        address text NOT NULL CHECK (address <> ''),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Registers are browsed and reported by administrative area.
    await queryRunner.query(
      `CREATE INDEX household_province_commune ON household (province_code, commune_code)`,
    );
    await queryRunner.query(`
      CREATE TABLE resident (
        pin char(12) PRIMARY KEY CHECK (pin ~ '^[0-9]{3}[0-5][0-9]{8}$'),
        full_name text NOT NULL CHECK (full_name <> ''),
        sex text NOT NULL CHECK (sex IN ('male', 'female')),
        date_of_birth date NOT NULL,
        household_id text REFERENCES household (id),
        relationship_to_head text CHECK (relationship_to_head IN
          ('head', 'spouse', 'child', 'parent', 'sibling', 'grandchild', 'grandparent', 'other')),
        status text NOT NULL DEFAULT 'alive' CHECK (status IN ('alive', 'deceased')),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- A relationship to a head only means something inside a household.
        CONSTRAINT resident_relationship_with_household
          CHECK ((household_id IS NULL) = (relationship_to_head IS NULL))
      )`);
    // Members of a household (the FK side, which PostgreSQL does not index by itself).
    await queryRunner.query(
      `CREATE INDEX resident_household ON resident (household_id) WHERE household_id IS NOT NULL`,
    );
    // A household has one head at most (the seed checks "exactly one" before loading).
    await queryRunner.query(
      `CREATE UNIQUE INDEX resident_one_head_per_household ON resident (household_id)
       WHERE relationship_to_head = 'head'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE resident`);
    await queryRunner.query(`DROP TABLE household`);
  }
}
