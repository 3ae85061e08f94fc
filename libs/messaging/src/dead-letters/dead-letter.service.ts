import { BadRequestException, Logger } from '@nestjs/common';
import type { Database } from '@lienthong/persistence';
import type { MessageProcessor } from '../consumer/message-processor';
import {
  DeadLetterAlreadyReplayedError,
  DeadLetterNotFoundError,
  DeadLetterReplayFailedError,
} from './dead-letter.errors';
import type {
  DeadLetterDetail,
  DeadLetterPage,
  DeadLetterView,
  ListDeadLettersQuery,
  ReplayResult,
} from './dto/dead-letter.dto';
import type { DeadLetterReason, DeadLetterStatus } from './dead-letter.types';

interface DeadLetterRow {
  id: string;
  consumer_group: string;
  topic: string;
  partition: number;
  kafka_offset: string;
  message_key: string | null;
  event_id: string | null;
  event_type: string | null;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
  original_message: string;
  status: DeadLetterStatus;
  replay_attempts: number;
  last_replay_error: string | null;
  created_at_exact: string;
  replayed_at: Date | null;
}

const COLUMNS = `id, consumer_group, topic, partition, kafka_offset::text AS kafka_offset, message_key, event_id,
  event_type, reason, error, attempts, original_message, status, replay_attempts, last_replay_error,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at_exact, replayed_at`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Cursor {
  readonly t: string;
  readonly id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (
      typeof parsed.t === 'string' &&
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(parsed.t) &&
      typeof parsed.id === 'string' &&
      UUID.test(parsed.id)
    ) {
      return { t: parsed.t, id: parsed.id };
    }
  } catch {
    // Falls through to the error below.
  }
  throw new BadRequestException('cursor is not one this API returned');
}

function toView(row: DeadLetterRow): DeadLetterView {
  return {
    id: row.id,
    consumer: row.consumer_group,
    topic: row.topic,
    partition: row.partition,
    offset: row.kafka_offset,
    key: row.message_key,
    eventId: row.event_id,
    eventType: row.event_type,
    reason: row.reason,
    error: row.error,
    attempts: row.attempts,
    status: row.status,
    replayAttempts: row.replay_attempts,
    lastReplayError: row.last_replay_error,
    createdAt: row.created_at_exact,
    replayedAt: row.replayed_at ? new Date(row.replayed_at).toISOString() : null,
  };
}

/** Lists a service's dead letters and replays them through the consumer that gave up on them. */
export class DeadLetterService {
  private readonly logger = new Logger(DeadLetterService.name);

  constructor(
    private readonly database: Database,
    private readonly processors: ReadonlyMap<string, MessageProcessor>,
  ) {}

  async list(query: ListDeadLettersQuery): Promise<DeadLetterPage> {
    const limit = query.limit ?? 50;
    const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
    const rows: DeadLetterRow[] = await this.database.manager.query(
      `SELECT ${COLUMNS} FROM dead_letter
        WHERE ($1::text IS NULL OR status = $1)
          AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [query.status ?? null, cursor?.t ?? null, cursor?.id ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toView),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ t: last.created_at_exact, id: last.id })
          : null,
    };
  }

  async get(id: string): Promise<DeadLetterDetail> {
    const row = await this.find(id);
    return { ...toView(row), originalMessage: row.original_message };
  }

  /**
   * Runs the message through its consumer's handler again. Marking the dead letter replayed happens
   * in the handler's own transaction, so a replay is applied once however often it is requested.
   */
  async replay(id: string): Promise<ReplayResult> {
    const row = await this.find(id);
    if (row.status === 'replayed') throw new DeadLetterAlreadyReplayedError(id);
    const processor = this.processors.get(row.consumer_group);
    if (!processor) {
      throw new DeadLetterReplayFailedError(
        id,
        `no consumer ${row.consumer_group} runs in this service`,
      );
    }
    const decoded = processor.decode(row.original_message);
    try {
      if (decoded.ok === false) throw new Error(`${decoded.reason}: ${decoded.error}`);
      const markReplayed = async (manager: Database['manager']): Promise<void> => {
        const updated: unknown[] = await manager.query(
          `UPDATE dead_letter SET status = 'replayed', replayed_at = now(), replay_attempts = replay_attempts + 1,
             last_replay_error = NULL WHERE id = $1 AND status = 'pending' RETURNING id`,
          [id],
        );
        if (updated.length === 0) throw new DeadLetterAlreadyReplayedError(id);
      };
      const outcome =
        decoded.ok === 'not-handled'
          ? await this.database.transaction(async (manager) => {
              await markReplayed(manager);
              return 'skipped' as const;
            })
          : await processor.applyOnce(decoded.event, markReplayed);
      this.logger.log(`dead letter ${id} replayed: ${outcome}`);
      return { id, status: 'replayed', outcome };
    } catch (error: unknown) {
      if (error instanceof DeadLetterAlreadyReplayedError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      await this.database.manager.query(
        `UPDATE dead_letter SET replay_attempts = replay_attempts + 1, last_replay_error = $2 WHERE id = $1`,
        [id, reason],
      );
      throw new DeadLetterReplayFailedError(id, reason);
    }
  }

  private async find(id: string): Promise<DeadLetterRow> {
    const [row]: DeadLetterRow[] = await this.database.manager.query(
      `SELECT ${COLUMNS} FROM dead_letter WHERE id = $1`,
      [id],
    );
    if (!row) throw new DeadLetterNotFoundError(id);
    return row;
  }
}
