import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox, inbox and dead-letter tables, identical in every service's database. Every service lists
 * this migration before its own.
 */
export class MessagingTables1763900000000 implements MigrationInterface {
  name = 'MessagingTables1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        event_type text NOT NULL,
        topic text NOT NULL,
        message_key text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    // The relay's only query: unpublished rows in id order. A partial index keeps it small however
    // many published rows accumulate.
    await queryRunner.query(
      `CREATE INDEX outbox_message_unpublished ON outbox_message (id) WHERE published_at IS NULL`,
    );
    // Wake the relay at commit time instead of waiting for its next poll.
    await queryRunner.query(`
      CREATE FUNCTION outbox_message_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_message', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_message_inserted AFTER INSERT ON outbox_message
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_message_notify()`);
    await queryRunner.query(`
      CREATE TABLE inbox_message (
        consumer_group text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE dead_letter (
        id uuid PRIMARY KEY,
        consumer_group text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        kafka_offset bigint NOT NULL,
        message_key text,
        event_id text,
        event_type text,
        reason text NOT NULL,
        error text NOT NULL,
        attempts integer NOT NULL,
        original_message text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        replay_attempts integer NOT NULL DEFAULT 0,
        last_replay_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        replayed_at timestamptz,
        -- A message redelivered after its dead letter was written (crash before the offset commit)
        -- must not be set aside twice.
        UNIQUE (consumer_group, topic, partition, kafka_offset)
      )`);
    await queryRunner.query(
      `CREATE INDEX dead_letter_listing ON dead_letter (created_at DESC, id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dead_letter`);
    await queryRunner.query(`DROP TABLE inbox_message`);
    await queryRunner.query(`DROP TRIGGER outbox_message_inserted ON outbox_message`);
    await queryRunner.query(`DROP FUNCTION outbox_message_notify()`);
    await queryRunner.query(`DROP TABLE outbox_message`);
  }
}
