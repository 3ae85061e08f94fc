import { Logger } from '@nestjs/common';
import type { Database } from '@lienthong/persistence';
import type { Producer } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { MessagingMetrics } from '../metrics/messaging-metrics';

export interface OutboxRelayOptions {
  /** Database URL, for the dedicated connection that listens and holds the leader lock. */
  readonly databaseUrl: string;
  /** Advisory lock name: one relay per database publishes, so per-key order is kept. */
  readonly lockName: string;
  readonly batchSize: number;
  /** Fallback poll, in case a notification is missed while reconnecting. */
  readonly pollIntervalMs: number;
  /** Put before each row's topic when publishing (see MessagingConnection.topicPrefix). */
  readonly topicPrefix?: string;
  /** Fault injection for crash tests only. */
  readonly faults?: { readonly afterPublish?: (eventIds: readonly string[]) => Promise<void> };
}

/**
 * A produce request must stay under the broker's message.max.bytes (1 MiB by default) per
 * partition batch; capping the whole request well below it keeps a backlog of large events from
 * turning into a request the broker refuses forever.
 */
const MAX_BATCH_BYTES = 512 * 1024;

/** The longest prefix of `rows` whose payloads fit in `budget` bytes (always at least one row). */
export function withinByteBudget<T extends { payload: unknown }>(
  rows: readonly T[],
  budget: number,
): T[] {
  const taken: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    bytes += Buffer.byteLength(JSON.stringify(row.payload));
    if (taken.length > 0 && bytes > budget) break;
    taken.push(row);
  }
  return taken;
}

interface OutboxRow {
  id: string;
  event_id: string;
  topic: string;
  message_key: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Publishes outbox rows to Kafka in id order with the idempotent producer (acks = all), then stamps
 * them published. A crash between the two republishes the batch: consumers drop the duplicates by
 * event id. It wakes on the outbox trigger's NOTIFY and polls as a fallback. Only the holder of a
 * PostgreSQL advisory lock publishes, so two instances of a service never interleave one key's events.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: Client | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakePending = false;
  private wakeController = new AbortController();
  private lastError: string | undefined;

  constructor(
    private readonly database: Database,
    private readonly producer: Producer,
    private readonly options: OutboxRelayOptions,
    private readonly metrics: MessagingMetrics,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Asks the relay to look at the outbox now. */
  wake(): void {
    this.wakePending = true;
    this.wakeController.abort();
  }

  /**
   * Stops after publishing what is already committed (graceful shutdown flushes the outbox), for at
   * most `flushTimeoutMs`; what is left is published at the next start.
   */
  async stop(flushTimeoutMs = 5000): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake();
    await this.loop;
    try {
      if (this.listener) await this.drain(Date.now() + flushTimeoutMs);
    } catch (error: unknown) {
      this.logger.warn(`final outbox flush failed, rows stay for the next start: ${String(error)}`);
    }
    await this.releaseListener();
  }

  /** Why the relay is not publishing, if it is failing. */
  get failure(): string | undefined {
    return this.lastError;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        if (await this.ensureLeader()) await this.drain(Number.POSITIVE_INFINITY);
        this.lastError = undefined;
        failures = 0;
        await this.waitForWake(this.options.pollIntervalMs);
      } catch (error: unknown) {
        failures += 1;
        this.lastError = error instanceof Error ? error.message : String(error);
        this.logger.warn(`outbox relay failed (${failures}): ${this.lastError}`);
        await this.releaseListener();
        await this.waitForWake(Math.min(200 * 2 ** failures, 5000));
      }
    }
  }

  private async ensureLeader(): Promise<boolean> {
    if (this.listener) return true;
    // keepAlive: after a silent network partition the server must notice the dead session and
    // release the lock, or no instance would publish for hours.
    const client = new Client({
      connectionString: this.options.databaseUrl,
      keepAlive: true,
      connectionTimeoutMillis: 5000,
      application_name: `outbox-relay ${this.options.lockName}`,
    });
    client.on('error', (error) => {
      this.logger.warn(`outbox listener connection lost: ${error.message}`);
      if (this.listener === client) void this.releaseListener();
    });
    try {
      await client.connect();
      const result = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
        [this.options.lockName],
      );
      if (!result.rows[0]?.locked) {
        await client.end();
        return false;
      }
      client.on('notification', () => this.wake());
      await client.query('LISTEN outbox_message');
    } catch (error: unknown) {
      // Ending the session also releases the lock if it was taken.
      await client.end().catch(() => undefined);
      throw error;
    }
    this.listener = client;
    return true;
  }

  private async releaseListener(): Promise<void> {
    const client = this.listener;
    this.listener = undefined;
    // Ending the session releases the advisory lock, so another instance can take over.
    await client?.end().catch(() => undefined);
  }

  /** Publishes unpublished rows in id order until none are left, leadership is lost, or the deadline passes. */
  private async drain(deadline: number): Promise<void> {
    while (this.listener && Date.now() < deadline) {
      const rows: OutboxRow[] = await this.database.dataSource.query(
        `SELECT id, event_id, topic, message_key, payload, created_at FROM outbox_message
          WHERE published_at IS NULL ORDER BY id LIMIT $1`,
        [this.options.batchSize],
      );
      if (rows.length === 0) return;
      const batch = withinByteBudget(rows, MAX_BATCH_BYTES);
      await this.publish(batch);
      await this.options.faults?.afterPublish?.(batch.map((row) => row.event_id));
      await this.database.dataSource.query(
        `UPDATE outbox_message SET published_at = now() WHERE id = ANY($1::bigint[])`,
        [batch.map((row) => row.id)],
      );
      const now = Date.now();
      for (const row of batch) {
        this.metrics.outboxPublished.inc({ topic: row.topic });
        this.metrics.outboxRelayDelay.observe(
          { topic: row.topic },
          (now - new Date(row.created_at).getTime()) / 1000,
        );
      }
      if (rows.length < this.options.batchSize && batch.length === rows.length) return;
    }
  }

  private async publish(rows: readonly OutboxRow[]): Promise<void> {
    // Grouped by topic with the rows' order kept: kafkajs keeps message order per partition.
    const byTopic = new Map<
      string,
      { key: string; value: string; headers: Record<string, string> }[]
    >();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({
        key: row.message_key,
        value: JSON.stringify(row.payload),
        headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' },
      });
      byTopic.set(row.topic, messages);
    }
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({
        topic: `${this.options.topicPrefix ?? ''}${topic}`,
        messages,
      })),
    });
  }

  private async waitForWake(ms: number): Promise<void> {
    if (this.wakePending || !this.running) {
      this.wakePending = false;
      if (this.wakeController.signal.aborted) this.wakeController = new AbortController();
      return;
    }
    try {
      await sleep(ms, undefined, { signal: this.wakeController.signal });
    } catch {
      // Aborted by wake().
    } finally {
      if (this.wakeController.signal.aborted) this.wakeController = new AbortController();
      this.wakePending = false;
    }
  }
}
