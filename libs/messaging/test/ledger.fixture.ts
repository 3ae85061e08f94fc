import { Injectable } from '@nestjs/common';
import { defineEvent, type EventOf } from '@lienthong/contracts';
import { Type } from '@sinclair/typebox';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  ConsumesEvent,
  PermanentHandlerError,
  type EventHandler,
  type HandlerContext,
  type ProcessOutcome,
} from '../src';

/**
 * A tiny service for the messaging kit's integration tests: "amount recorded" events append to a
 * ledger. Behaviours let a test make the handler fail in the ways real handlers fail.
 */
export function defineAmountRecorded(topic: string) {
  return defineEvent({
    type: 'vn.gov.test.amount-recorded.v1',
    topic,
    description: 'Test event: an amount was recorded for a dossier.',
    personalData: false,
    schema: Type.Object(
      {
        seq: Type.Integer({ minimum: 0 }),
        amount: Type.Integer(),
        delayMs: Type.Optional(Type.Integer({ minimum: 0 })),
        behaviour: Type.Optional(
          Type.Union([
            Type.Literal('fail-always'),
            Type.Literal('fail-until-fixed'),
            Type.Literal('broken-invariant'),
          ]),
        ),
      },
      { additionalProperties: false },
    ),
  });
}

export type AmountRecorded = ReturnType<typeof defineAmountRecorded>;

export class LedgerTable1763900000001 implements MigrationInterface {
  name = 'LedgerTable1763900000001';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ledger_entry (
      event_id uuid PRIMARY KEY, dossier_id text NOT NULL, seq integer NOT NULL, amount integer NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ledger_entry');
  }
}

/** What the handler and the consumer saw, for assertions. */
export class LedgerProbe {
  /** What the consumer did with each event id, in order (applied, duplicate, ...). */
  readonly outcomes = new Map<string, ProcessOutcome[]>();
  fixed = false;
  inFlight = 0;
  maxInFlight = 0;
  calls = new Map<string, number>();
  appliedOrder: { dossier: string; seq: number }[] = [];

  /** The outcomes of one event: a live list that fills up as the consumer works. */
  outcomesOf(eventId: string): ProcessOutcome[] {
    const list = this.outcomes.get(eventId) ?? [];
    this.outcomes.set(eventId, list);
    return list;
  }
}

export function ledgerHandler(definition: AmountRecorded, probe: LedgerProbe) {
  @Injectable()
  @ConsumesEvent()
  class AmountRecordedHandler implements EventHandler<AmountRecorded> {
    readonly definition = definition;

    async handle(event: EventOf<AmountRecorded>, { manager }: HandlerContext): Promise<'applied'> {
      probe.calls.set(event.id, (probe.calls.get(event.id) ?? 0) + 1);
      probe.inFlight += 1;
      probe.maxInFlight = Math.max(probe.maxInFlight, probe.inFlight);
      try {
        const { behaviour, delayMs } = event.data;
        if (behaviour === 'fail-always') throw new Error('ledger is closed for maintenance');
        if (behaviour === 'fail-until-fixed' && !probe.fixed) throw new Error('waiting for a fix');
        if (behaviour === 'broken-invariant')
          throw new PermanentHandlerError('amount exceeds the dossier total');
        if (delayMs) await sleep(delayMs);
        await manager.query(
          'INSERT INTO ledger_entry (event_id, dossier_id, seq, amount) VALUES ($1, $2, $3, $4)',
          [event.id, event.subject, event.data.seq, event.data.amount],
        );
        probe.appliedOrder.push({ dossier: event.subject, seq: event.data.seq });
        return 'applied';
      } finally {
        probe.inFlight -= 1;
      }
    }
  }
  return AmountRecordedHandler;
}
