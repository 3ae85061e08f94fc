import { TOPIC_SPECS } from '@lienthong/contracts';
import {
  createTestDatabase,
  createTestTopics,
  kafkaBrokers,
  readTopic,
  uniqueTopic,
  type TestDatabase,
} from '../src';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { Client } from 'pg';

describe('the servers of the integration run', () => {
  describe('Kafka', () => {
    const kafka = new Kafka({
      clientId: 'infra-smoke',
      brokers: kafkaBrokers(),
      logLevel: logLevel.WARN,
    });

    it('has every topic of TOPIC_SPECS with its partition count', async () => {
      const admin = kafka.admin();
      await admin.connect();
      try {
        const { topics } = await admin.fetchTopicMetadata({
          topics: TOPIC_SPECS.map((s) => s.topic),
        });
        const partitions = Object.fromEntries(topics.map((t) => [t.name, t.partitions.length]));
        expect(partitions).toEqual(
          Object.fromEntries(TOPIC_SPECS.map((spec) => [spec.topic, spec.numPartitions])),
        );
      } finally {
        await admin.disconnect();
      }
    });

    it('delivers a produced message to a consumer of a per-file topic', async () => {
      const topic = uniqueTopic('test.smoke');
      await createTestTopics([{ topic, numPartitions: 2 }]);
      const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
      await producer.connect();
      await producer.send({ topic, messages: [{ key: 'dossier-1', value: 'hello' }] });
      await producer.disconnect();

      const records = await readTopic(topic);

      expect(records.map((r) => ({ key: r.key, value: r.value }))).toEqual([
        { key: 'dossier-1', value: 'hello' },
      ]);
    });
  });

  describe('PostgreSQL', () => {
    let db: TestDatabase;

    beforeAll(async () => {
      db = await createTestDatabase('infra smoke');
    });

    afterAll(async () => {
      await db.drop();
    });

    it('gives each file a database of its own where tables can be created and used', async () => {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        await client.query('CREATE TABLE probe (id int PRIMARY KEY, name text NOT NULL)');
        await client.query("INSERT INTO probe VALUES (1, 'Nguyễn Văn An')");
        const { rows } = await client.query<{ name: string; db: string }>(
          'SELECT upper(name) AS name, current_database() AS db FROM probe',
        );
        expect(rows).toEqual([{ name: 'NGUYỄN VĂN AN', db: db.name }]);
      } finally {
        await client.end();
      }
    });
  });
});
