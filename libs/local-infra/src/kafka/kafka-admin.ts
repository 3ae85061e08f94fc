import { Kafka, logLevel, type Admin, type ITopicMetadata } from 'kafkajs';
import { waitUntil } from '../wait-until.util';

/** A topic and its partition count (the shape of `TOPIC_SPECS` in `@lienthong/contracts`). */
export interface TopicSpecLike {
  readonly topic: string;
  readonly numPartitions: number;
}

/** What {@link createTopics} found and did. */
export interface CreateTopicsResult {
  readonly created: readonly string[];
  readonly existing: readonly string[];
  /** Existing topics whose partition count differs from the spec: left alone, worth a warning. */
  readonly mismatched: readonly { topic: string; expected: number; actual: number }[];
}

/**
 * An admin client that reports nothing itself: a broker that is still starting, or a topic whose
 * leaders are not elected yet, answers with errors these callers expect and retry, and kafkajs
 * would log each one at ERROR. Readiness probes pass `retries: 0`, since they poll anyway.
 */
function quietAdmin(brokers: readonly string[], retries?: number): Admin {
  return new Kafka({
    clientId: 'lienthong-local-infra',
    brokers: [...brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    requestTimeout: 10000,
    retry: retries === undefined ? undefined : { retries },
  }).admin();
}

async function withAdmin<T>(
  brokers: readonly string[],
  use: (admin: Admin) => Promise<T>,
  retries?: number,
): Promise<T> {
  const admin = quietAdmin(brokers, retries);
  try {
    await admin.connect();
    return await use(admin);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * Resolves once a Kafka admin client can list topics: the broker is serving requests, not merely
 * listening (the port opens seconds before the controller has elected itself).
 */
export async function waitForKafka(
  brokers: readonly string[],
  timeoutMs: number,
  options: { readonly signal?: AbortSignal } = {},
): Promise<void> {
  await waitUntil(() => withAdmin(brokers, (admin) => admin.listTopics(), 0), {
    what: `Kafka at ${brokers.join(',')}`,
    timeoutMs,
    signal: options.signal,
  });
}

/**
 * Creates the topics that do not exist yet; existing ones are left alone whatever their partition
 * count (reported in `mismatched`). Resolves once the metadata shows every topic with a leader
 * for each partition, so a producer started right after never meets UNKNOWN_TOPIC_OR_PARTITION.
 */
export async function createTopics(
  brokers: readonly string[],
  specs: readonly TopicSpecLike[],
  timeoutMs = 30000,
): Promise<CreateTopicsResult> {
  return withAdmin(brokers, async (admin) => {
    const before = new Set(await admin.listTopics());
    const missing = specs.filter((spec) => !before.has(spec.topic));
    if (missing.length > 0) {
      try {
        await admin.createTopics({
          topics: missing.map((spec) => ({ topic: spec.topic, numPartitions: spec.numPartitions })),
          // kafkajs's own wait retries only LEADER_NOT_AVAILABLE, but a KRaft broker answers
          // UNKNOWN_TOPIC_OR_PARTITION until the new topic reaches its metadata cache, and kafkajs
          // then gives up: the loop below waits instead.
          waitForLeaders: false,
        });
      } catch (error: unknown) {
        // Another process may have created some of them meanwhile: that is success too. Anything
        // else shows up below as a topic that never appears.
        if (!isTopicAlreadyExists(error)) {
          throw error;
        }
      }
    }
    const metadata = await waitUntil(
      async () => {
        const { topics } = await admin.fetchTopicMetadata({ topics: specs.map((s) => s.topic) });
        const notReady = topics.filter((topic) => !hasLeaders(topic));
        if (topics.length < specs.length || notReady.length > 0) {
          throw new Error(`topics without leaders yet: ${notReady.map((t) => t.name).join(', ')}`);
        }
        return topics;
      },
      { what: 'topic metadata', timeoutMs, intervalMs: 100 },
    );
    const partitions = new Map(metadata.map((topic) => [topic.name, topic.partitions.length]));
    return {
      created: missing.map((spec) => spec.topic),
      existing: specs.filter((spec) => before.has(spec.topic)).map((spec) => spec.topic),
      mismatched: specs
        .filter((spec) => before.has(spec.topic))
        .map((spec) => ({
          topic: spec.topic,
          expected: spec.numPartitions,
          actual: partitions.get(spec.topic) ?? 0,
        }))
        .filter((entry) => entry.actual !== entry.expected),
    };
  });
}

function hasLeaders(topic: ITopicMetadata): boolean {
  return topic.partitions.length > 0 && topic.partitions.every((p) => p.leader >= 0);
}

function isTopicAlreadyExists(error: unknown): boolean {
  const failure = error as { type?: string; errors?: { type?: string }[] };
  if (failure.type === 'TOPIC_ALREADY_EXISTS') {
    return true;
  }
  return (
    Array.isArray(failure.errors) &&
    failure.errors.length > 0 &&
    failure.errors.every((e) => e.type === 'TOPIC_ALREADY_EXISTS')
  );
}
