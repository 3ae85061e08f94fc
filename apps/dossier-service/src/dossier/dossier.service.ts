import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import {
  Clock,
  CorrelationContext,
  PLATFORM_PROBLEMS,
  ProblemException,
  vietnamDate,
} from '@lienthong/platform';
import { randomUUID } from 'node:crypto';
import { ProcedureCatalogue } from '../procedure/procedure-catalogue';
import {
  decodeDossierCursor,
  type DossierCursor,
  encodeDossierCursor,
} from './domain/dossier-cursor.util';
import { DossierOrchestrator } from './dossier-orchestrator.service';
import { DossierError, DossierErrorCode } from './dossier.error';
import type { DossierRecord, StepRecord, TimelineRecord } from './dossier.records';
import { DossierRepository } from './dossier.repository';
import type { DossierPageView, DossierView, ListDossiersQuery } from './dto/dossier.view';
import type { SubmitDossierDto } from './dto/submit-dossier.dto';

/** The answer to a submission: the dossier, and whether this request created it. */
export interface Submission {
  readonly dossier: DossierView;
  readonly created: boolean;
}

const DEFAULT_PAGE_SIZE = 20;

/** Intake and reading of dossiers. */
@Injectable()
export class DossierService {
  constructor(
    private readonly database: Database,
    private readonly dossiers: DossierRepository,
    private readonly procedures: ProcedureCatalogue,
    private readonly orchestrator: DossierOrchestrator,
    private readonly clock: Clock,
  ) {}

  /**
   * Files a dossier: checks its form, fixes its fee and steps, stores it and dispatches its first
   * steps in one transaction. @idempotent on the Idempotency-Key: the same key with the same body
   * returns the dossier already filed; with another body it is refused.
   */
  async submit(body: SubmitDossierDto, idempotencyKey: string): Promise<Submission> {
    const now = this.clock.now();
    const today = vietnamDate(now);
    const violations = [
      ...this.procedures.missingApplicantFields(body.procedure, body.applicant),
      ...this.procedures.validateForm(body.procedure, body.data, today),
    ];
    if (violations.length > 0) {
      throw ProblemException.of(
        PLATFORM_PROBLEMS.validationError,
        `${violations.length} input(s) did not validate; see errors.`,
        violations,
      );
    }
    const definition = this.procedures.get(body.procedure);
    const fee = this.procedures.feeFor(definition, body.data, body.channel, today);
    const planned = this.procedures.planSteps(definition, fee !== undefined, today);
    const applicant = {
      pin: body.applicant.pin,
      fullName: body.applicant.fullName,
      relationship: body.applicant.relationship,
      ...(body.applicant.email ? { email: body.applicant.email } : {}),
      ...(body.applicant.phone ? { phone: body.applicant.phone } : {}),
      ...(body.applicant.bankAccount
        ? {
            bankAccount: {
              bankCode: body.applicant.bankAccount.bankCode,
              accountNumber: body.applicant.bankAccount.accountNumber,
              accountName: body.applicant.bankAccount.accountName,
            },
          }
        : {}),
    };
    const record: DossierRecord = {
      id: randomUUID(),
      procedure: body.procedure,
      channel: body.channel,
      status: 'submitted',
      applicant,
      data: body.data,
      fee: fee
        ? { amount: fee.amount, currency: fee.currency, description: fee.description }
        : null,
      correlationId: CorrelationContext.current() ?? randomUUID(),
      submittedAt: now,
      updatedAt: now,
      finishedAt: null,
    };
    const steps: StepRecord[] = planned.map((step, position) => ({
      key: step.key,
      position,
      agency: step.agency,
      status: 'pending',
      needs: step.needs,
      deadline: step.deadline,
      result: null,
      reason: null,
      progress: null,
      compensation: null,
      updatedAt: now,
    }));
    const request = {
      procedure: body.procedure,
      channel: body.channel,
      applicant,
      data: body.data,
    };

    const outcome = await this.database.transaction(async (manager) => {
      const inserted = await this.dossiers.insertInTx(
        { record, idempotencyKey, request, steps },
        manager,
      );
      if (inserted) {
        await this.orchestrator.startInTx(record, steps, manager);
        return { id: record.id, created: true };
      }
      const existing = await this.dossiers.findByIdempotencyKeyInTx(
        idempotencyKey,
        request,
        manager,
      );
      if (!existing) throw new Error('Idempotency-Key conflict without a dossier');
      if (!existing.sameRequest) throw new DossierError(DossierErrorCode.IdempotencyKeyReused);
      return { id: existing.id, created: false };
    });
    return { dossier: await this.get(outcome.id), created: outcome.created };
  }

  async get(id: string): Promise<DossierView> {
    const found = await this.dossiers.findWithHistory(id);
    if (!found) throw new DossierError(DossierErrorCode.DossierNotFound);
    return this.view(found.dossier, found.steps, found.timeline);
  }

  async list(query: ListDossiersQuery): Promise<DossierPageView> {
    const { page, steps } = await this.dossiers.list({
      status: query.status,
      procedure: query.procedure,
      after: query.cursor === undefined ? undefined : this.position(query.cursor),
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    return {
      items: page.items.map((dossier) => this.view(dossier, steps.get(dossier.id) ?? [])),
      ...(page.next ? { nextCursor: encodeDossierCursor(page.next) } : {}),
    };
  }

  private position(cursor: string): DossierCursor {
    const position = decodeDossierCursor(cursor);
    if (!position) throw new DossierError(DossierErrorCode.InvalidCursor);
    return position;
  }

  private view(
    dossier: DossierRecord,
    steps: readonly StepRecord[],
    timeline?: readonly TimelineRecord[],
  ): DossierView {
    const definition = this.procedures.get(dossier.procedure);
    return {
      id: dossier.id,
      procedure: dossier.procedure,
      status: dossier.status,
      channel: dossier.channel,
      submittedAt: dossier.submittedAt.toISOString(),
      updatedAt: dossier.updatedAt.toISOString(),
      ...(dossier.finishedAt ? { finishedAt: dossier.finishedAt.toISOString() } : {}),
      ...(dossier.fee ? { fee: dossier.fee } : {}),
      steps: steps.map((step) => ({
        key: step.key,
        agency: step.agency,
        name: this.procedures.step(definition, step.key).name,
        status: step.status,
        deadline: step.deadline,
        needs: [...step.needs],
        ...(step.status === 'completed' && step.result ? { result: step.result } : {}),
        ...(step.reason ? { reason: step.reason } : {}),
        ...(step.progress && step.status === 'in_progress' ? { progress: step.progress } : {}),
        ...(step.compensation ? { compensation: step.compensation } : {}),
      })),
      ...(timeline
        ? {
            timeline: timeline.map((line) => ({
              at: line.at.toISOString(),
              kind: line.kind,
              ...(line.step ? { step: line.step } : {}),
              agency: line.agency,
              from: line.from,
              to: line.to,
              ...(line.reason ? { reason: line.reason } : {}),
              ...(line.deadline ? { deadline: line.deadline } : {}),
            })),
          }
        : {}),
    };
  }
}
