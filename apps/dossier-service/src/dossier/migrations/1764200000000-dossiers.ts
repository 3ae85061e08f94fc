import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dossiers, their steps and their timeline. */
export class Dossiers1764200000000 implements MigrationInterface {
  name = 'Dossiers1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dossier (
        id uuid PRIMARY KEY,
        procedure text NOT NULL,
        channel text NOT NULL,
        status text NOT NULL CHECK (status IN
          ('submitted', 'in_progress', 'completed', 'partially_completed', 'rejected', 'cancelled')),
        applicant jsonb NOT NULL,
        data jsonb NOT NULL,
        fee jsonb,
        -- The client's Idempotency-Key and the body it came with: a retry with the same key and
        -- body returns this dossier, with another body it is refused (jsonb equality ignores key order).
        idempotency_key text NOT NULL UNIQUE,
        request jsonb NOT NULL,
        correlation_id text NOT NULL,
        submitted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        finished_at timestamptz
      )`);
    // Listing is newest first, optionally by status or procedure, paged by (submitted_at, id).
    await queryRunner.query(`CREATE INDEX dossier_by_time ON dossier (submitted_at DESC, id DESC)`);
    await queryRunner.query(
      `CREATE INDEX dossier_by_status ON dossier (status, submitted_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX dossier_by_procedure ON dossier (procedure, submitted_at DESC, id DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE dossier_step (
        dossier_id uuid NOT NULL REFERENCES dossier (id),
        key text NOT NULL,
        position smallint NOT NULL,
        agency text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'dispatched', 'in_progress', 'completed',
          'rejected', 'failed', 'not_applicable', 'skipped', 'awaiting_officer')),
        needs text[] NOT NULL,
        deadline date NOT NULL,
        result jsonb,
        reason text,
        progress jsonb,
        compensation jsonb,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (dossier_id, key)
      )`);
    await queryRunner.query(`
      CREATE TABLE dossier_timeline (
        id bigserial PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES dossier (id),
        at timestamptz NOT NULL,
        kind text NOT NULL CHECK (kind IN ('dossier', 'step', 'compensation')),
        step_key text,
        agency text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        reason text,
        deadline date
      )`);
    await queryRunner.query(
      `CREATE INDEX dossier_timeline_by_dossier ON dossier_timeline (dossier_id, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dossier_timeline`);
    await queryRunner.query(`DROP TABLE dossier_step`);
    await queryRunner.query(`DROP TABLE dossier`);
  }
}
