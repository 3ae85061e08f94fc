import { Injectable } from '@nestjs/common';
import { Database, insertRowsInTx } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import type { DossierStatus } from './domain/dossier-status';
import type { DossierRecord, StepRecord, StepUpdate, TimelineRecord } from './dossier.records';

/** A new dossier, its steps and the request it came from. */
export interface NewDossier {
  readonly record: DossierRecord;
  readonly idempotencyKey: string;
  readonly request: unknown;
  readonly steps: readonly Omit<
    StepRecord,
    'result' | 'reason' | 'progress' | 'compensation' | 'updatedAt'
  >[];
}

/** A page of dossiers, newest first. */
export interface DossierPage {
  readonly items: readonly DossierRecord[];
  readonly next?: { readonly submittedAt: Date; readonly id: string };
}

/** Filters of the dossier list. */
export interface DossierListFilter {
  readonly status?: DossierStatus;
  readonly procedure?: string;
  readonly after?: { readonly submittedAt: Date; readonly id: string };
  readonly limit: number;
}

interface DossierRow {
  id: string;
  procedure: string;
  channel: DossierRecord['channel'];
  status: DossierStatus;
  applicant: DossierRecord['applicant'];
  data: DossierRecord['data'];
  fee: DossierRecord['fee'];
  correlation_id: string;
  submitted_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

interface StepRow {
  key: string;
  position: number;
  agency: string;
  status: StepRecord['status'];
  needs: string[];
  deadline: string;
  result: StepRecord['result'];
  reason: string | null;
  progress: StepRecord['progress'];
  compensation: StepRecord['compensation'];
  updated_at: Date;
}

interface TimelineRow {
  at: Date;
  kind: TimelineRecord['kind'];
  step_key: string | null;
  agency: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  deadline: string | null;
}

const DOSSIER_COLUMNS = `id, procedure, channel, status, applicant, data, fee, correlation_id,
  submitted_at, updated_at, finished_at`;
const STEP_COLUMNS = `key, position, agency, status, needs, to_char(deadline, 'YYYY-MM-DD') AS deadline,
  result, reason, progress, compensation, updated_at`;

function toDossier(row: DossierRow): DossierRecord {
  return {
    id: row.id,
    procedure: row.procedure,
    channel: row.channel,
    status: row.status,
    applicant: row.applicant,
    data: row.data,
    fee: row.fee,
    correlationId: row.correlation_id,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

function toStep(row: StepRow): StepRecord {
  return {
    key: row.key,
    position: row.position,
    agency: row.agency,
    status: row.status,
    needs: row.needs,
    deadline: row.deadline,
    result: row.result,
    reason: row.reason,
    progress: row.progress,
    compensation: row.compensation,
    updatedAt: row.updated_at,
  };
}

function toTimeline(row: TimelineRow): TimelineRecord {
  return {
    at: row.at,
    kind: row.kind,
    step: row.step_key,
    agency: row.agency,
    from: row.from_status,
    to: row.to_status,
    reason: row.reason,
    deadline: row.deadline,
  };
}

/** Typed queries on dossiers, steps and timelines. */
@Injectable()
export class DossierRepository {
  constructor(private readonly database: Database) {}

  /**
   * Inserts a dossier unless its Idempotency-Key is taken (then nothing is written).
   * @idempotent on the key.
   * @returns whether it was inserted.
   */
  async insertInTx(dossier: NewDossier, manager: EntityManager): Promise<boolean> {
    const { record } = dossier;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO dossier (id, procedure, channel, status, applicant, data, fee, idempotency_key,
         request, correlation_id, submitted_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        record.id,
        record.procedure,
        record.channel,
        record.status,
        JSON.stringify(record.applicant),
        JSON.stringify(record.data),
        record.fee === null ? null : JSON.stringify(record.fee),
        dossier.idempotencyKey,
        JSON.stringify(dossier.request),
        record.correlationId,
        record.submittedAt,
      ],
    );
    if (inserted.length === 0) return false;
    await insertRowsInTx(
      manager,
      'INSERT INTO dossier_step (dossier_id, key, position, agency, status, needs, deadline, updated_at)',
      dossier.steps.map((step) => [
        record.id,
        step.key,
        step.position,
        step.agency,
        step.status,
        step.needs,
        step.deadline,
        record.submittedAt,
      ]),
    );
    return true;
  }

  /** The dossier filed under an Idempotency-Key, and whether `request` is the body it came with. */
  async findByIdempotencyKeyInTx(
    key: string,
    request: unknown,
    manager: EntityManager,
  ): Promise<{ id: string; sameRequest: boolean } | undefined> {
    const rows: { id: string; same_request: boolean }[] = await manager.query(
      `SELECT id, request = $2::jsonb AS same_request FROM dossier WHERE idempotency_key = $1`,
      [key, JSON.stringify(request)],
    );
    return rows[0] ? { id: rows[0].id, sameRequest: rows[0].same_request } : undefined;
  }

  /** A dossier and its steps, locked until the transaction ends (one writer per dossier). */
  async lockInTx(
    id: string,
    manager: EntityManager,
  ): Promise<{ dossier: DossierRecord; steps: StepRecord[] } | undefined> {
    const rows: DossierRow[] = await manager.query(
      `SELECT ${DOSSIER_COLUMNS} FROM dossier WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!rows[0]) return undefined;
    const steps: StepRow[] = await manager.query(
      `SELECT ${STEP_COLUMNS} FROM dossier_step WHERE dossier_id = $1 ORDER BY position`,
      [id],
    );
    return { dossier: toDossier(rows[0]), steps: steps.map(toStep) };
  }

  /** Writes step changes, the dossier's status and timeline lines in the caller's transaction. */
  async saveProgressInTx(
    id: string,
    change: {
      readonly at: Date;
      readonly status?: DossierStatus;
      readonly finished: boolean;
      readonly steps: readonly StepUpdate[];
      readonly timeline: readonly TimelineRecord[];
    },
    manager: EntityManager,
  ): Promise<void> {
    for (const step of change.steps) {
      await manager.query(
        `UPDATE dossier_step SET status = $3,
           result = COALESCE($4::jsonb, result), reason = COALESCE($5, reason),
           progress = COALESCE($6::jsonb, progress), compensation = COALESCE($7::jsonb, compensation),
           updated_at = $8
         WHERE dossier_id = $1 AND key = $2`,
        [
          id,
          step.key,
          step.status,
          step.result ? JSON.stringify(step.result) : null,
          step.reason ?? null,
          step.progress ? JSON.stringify(step.progress) : null,
          step.compensation ? JSON.stringify(step.compensation) : null,
          change.at,
        ],
      );
    }
    await manager.query(
      `UPDATE dossier SET status = COALESCE($2, status), updated_at = $3,
         finished_at = CASE WHEN $4 THEN COALESCE(finished_at, $3) ELSE finished_at END
       WHERE id = $1`,
      [id, change.status ?? null, change.at, change.finished],
    );
    await insertRowsInTx(
      manager,
      `INSERT INTO dossier_timeline (dossier_id, at, kind, step_key, agency, from_status, to_status,
         reason, deadline)`,
      change.timeline.map((line) => [
        id,
        line.at,
        line.kind,
        line.step,
        line.agency,
        line.from,
        line.to,
        line.reason,
        line.deadline,
      ]),
    );
  }

  /** A dossier with its steps and timeline, for reading. */
  async findWithHistory(
    id: string,
  ): Promise<
    { dossier: DossierRecord; steps: StepRecord[]; timeline: TimelineRecord[] } | undefined
  > {
    const manager = this.database.dataSource.manager;
    const rows: DossierRow[] = await manager.query(
      `SELECT ${DOSSIER_COLUMNS} FROM dossier WHERE id = $1`,
      [id],
    );
    if (!rows[0]) return undefined;
    const steps: StepRow[] = await manager.query(
      `SELECT ${STEP_COLUMNS} FROM dossier_step WHERE dossier_id = $1 ORDER BY position`,
      [id],
    );
    const timeline: TimelineRow[] = await manager.query(
      `SELECT at, kind, step_key, agency, from_status, to_status, reason,
         to_char(deadline, 'YYYY-MM-DD') AS deadline
       FROM dossier_timeline WHERE dossier_id = $1 ORDER BY id`,
      [id],
    );
    return {
      dossier: toDossier(rows[0]),
      steps: steps.map(toStep),
      timeline: timeline.map(toTimeline),
    };
  }

  /** Dossiers newest first, with their steps, after a cursor position. */
  async list(
    filter: DossierListFilter,
  ): Promise<{ page: DossierPage; steps: Map<string, StepRecord[]> }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.status) {
      params.push(filter.status);
      conditions.push(`status = $${params.length}`);
    }
    if (filter.procedure) {
      params.push(filter.procedure);
      conditions.push(`procedure = $${params.length}`);
    }
    if (filter.after) {
      params.push(filter.after.submittedAt, filter.after.id);
      conditions.push(`(submitted_at, id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(filter.limit + 1);
    const manager = this.database.dataSource.manager;
    const rows: DossierRow[] = await manager.query(
      `SELECT ${DOSSIER_COLUMNS} FROM dossier
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY submitted_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, filter.limit).map(toDossier);
    const last = items[items.length - 1];
    const steps = new Map<string, StepRecord[]>();
    if (items.length > 0) {
      const stepRows: (StepRow & { dossier_id: string })[] = await manager.query(
        `SELECT dossier_id, ${STEP_COLUMNS} FROM dossier_step WHERE dossier_id = ANY($1::uuid[])
         ORDER BY dossier_id, position`,
        [items.map((item) => item.id)],
      );
      for (const row of stepRows) {
        const list = steps.get(row.dossier_id) ?? [];
        list.push(toStep(row));
        steps.set(row.dossier_id, list);
      }
    }
    return {
      page: {
        items,
        ...(rows.length > filter.limit && last
          ? { next: { submittedAt: last.submittedAt, id: last.id } }
          : {}),
      },
      steps,
    };
  }
}
