import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deaths in the population register: a resident's date of death, a household's deceased head. */
export class DateOfDeath1764300000000 implements MigrationInterface {
  name = 'DateOfDeath1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE resident
        ADD COLUMN date_of_death date,
        ADD CONSTRAINT resident_date_of_death_when_deceased
          CHECK (date_of_death IS NULL OR status = 'deceased')`);
    // The head's permanent residence is deleted at death; the household keeps its other members
    // and records the day its head died, until a new head is chosen (not the death group's job).
    await queryRunner.query(`ALTER TABLE household ADD COLUMN head_deceased_on date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE household DROP COLUMN head_deceased_on`);
    await queryRunner.query(`
      ALTER TABLE resident
        DROP CONSTRAINT resident_date_of_death_when_deceased,
        DROP COLUMN date_of_death`);
  }
}
