import { TOPIC_SPECS, type CloudEvent } from '@lienthong/contracts';
import { createTopics, type TopicSpecLike } from '@lienthong/local-infra';
import { Kafka, logLevel, Partitioners, type IHeaders } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { kafkaBrokers } from './test-env';

/** One record read back by {@link readTopic}, key, value and headers decoded as UTF-8. */
export interface TopicRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly timestamp: string;
}

/**
 * A topic name of its own for one test (`<prefix>.<random>`): files share the broker, and a
 * consumer must never read another file's messages.
 */
export function uniqueTopic(prefix: string): string {
  const cleaned = prefix.replace(/[^a-zA-Z0-9._-]+/g, '-');
  return `${cleaned}.${randomBytes(5).toString('hex')}`;
}

/**
 * A namespace of its own for one test file: every topic of the system is created under a fresh
 * prefix, to pass to services as `KAFKA_TOPIC_PREFIX` (it also prefixes their consumer groups).
 * Services of one file then talk to each other on the real topic names and never see another
 * file's events.
 */
export async function createTopicNamespace(label: string): Promise<string> {
  const prefix = `${uniqueTopic(label)}.`;
  await createTestTopics(TOPIC_SPECS.map((spec) => ({ ...spec, topic: `${prefix}${spec.topic}` })));
  return prefix;
}

/** Creates topics on the run's Kafka (existing ones are left alone) and waits for their leaders. */
export async function createTestTopics(specs: readonly TopicSpecLike[]): Promise<void> {
  await createTopics(kafkaBrokers(), specs);
}

/**
 * Everything on `topic` right now, from the first offset to the end each partition had when the
 * call began, in partition then offset order. Reads as a throw-away consumer group (kafkajs has no
 * manual assignment); messages of aborted transactions are skipped, as a service would.
 */
export async function readTopic(topic: string, timeoutMs = 30000): Promise<TopicRecord[]> {
  const kafka = new Kafka({
    clientId: 'lienthong-test-reader',
    brokers: kafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    ends = new Map(
      offsets
        .filter((partition) => BigInt(partition.high) > BigInt(partition.low))
        .map((partition) => [partition.partition, BigInt(partition.high)]),
    );
  } finally {
    await admin.disconnect();
  }
  if (ends.size === 0) {
    return [];
  }

  const records: TopicRecord[] = [];
  const consumer = kafka.consumer({
    groupId: `test-reader-${randomBytes(6).toString('hex')}`,
    allowAutoTopicCreation: false,
  });
  const remaining = new Set(ends.keys());
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  // The position after each batch, control records included, which eachMessage never sees: a
  // partition ending in a transaction marker is read to its end all the same.
  consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
    const end = ends.get(payload.partition);
    if (payload.topic === topic && end !== undefined && BigInt(payload.lastOffset) >= end - 1n) {
      remaining.delete(payload.partition);
      if (remaining.size === 0) {
        finish();
      }
    }
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const end = ends.get(partition);
        if (end !== undefined && BigInt(message.offset) < end) {
          records.push({
            topic,
            partition,
            offset: message.offset,
            key: message.key?.toString('utf8') ?? null,
            value: message.value?.toString('utf8') ?? null,
            headers: decodeHeaders(message.headers),
            timestamp: message.timestamp,
          });
        }
        return Promise.resolve();
      },
    });
    await withTimeout(done, timeoutMs, `reading ${topic} to its end`);
  } finally {
    await consumer.disconnect();
  }
  return records.sort((a, b) =>
    a.partition !== b.partition
      ? a.partition - b.partition
      : Number(BigInt(a.offset) - BigInt(b.offset)),
  );
}

/** Sends CloudEvents into one topic namespace; from {@link connectEventProducer}. */
export interface EventProducer {
  /** Sends `events`, in order and in one batch, to `topic` of the namespace (e.g. `TOPICS.paymentCommands`). */
  send(topic: string, ...events: CloudEvent[]): Promise<void>;
  disconnect(): Promise<void>;
}

/**
 * A producer playing the other services of a test: it writes events as their outbox relays do,
 * JSON keyed by the subject (the dossier, so one dossier's events stay in order on one partition),
 * to the topics of the namespace `prefix` ({@link createTopicNamespace}).
 */
export async function connectEventProducer(prefix: string): Promise<EventProducer> {
  const producer = new Kafka({
    clientId: 'lienthong-test-producer',
    brokers: kafkaBrokers(),
    logLevel: logLevel.NOTHING,
  }).producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  return {
    send: async (topic, ...events) => {
      await producer.send({
        topic: `${prefix}${topic}`,
        messages: events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
      });
    },
    disconnect: () => producer.disconnect(),
  };
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) {
      decoded[name] = first.toString();
    }
  }
  return decoded;
}

async function withTimeout(promise: Promise<void>, timeoutMs: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Timed out after ${timeoutMs} ms ${what}`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
