import { Injectable, Logger } from '@nestjs/common';
import {
  type CloudEvent,
  DossierStatusChangedV1,
  type EventDefinition,
  NotifyApplicantV1,
} from '@lienthong/contracts';
import { newEvent, Outbox, type OutgoingEvent, PermanentHandlerError } from '@lienthong/messaging';
import { Clock } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { buildCommandData } from '../procedure/domain/build-command-data.util';
import { ProcedureCatalogue } from '../procedure/procedure-catalogue';
import type { ProcedureDefinition } from '../procedure/procedure-definition';
import {
  advanceDossierChecked,
  type DossierAdvance,
  type StepOutcome,
} from './domain/advance-dossier.util';
import { DossierDomainError } from './domain/dossier-domain.error';
import { isFinalDossierStatus } from './domain/dossier-status';
import type {
  DossierRecord,
  StepCompensation,
  StepRecord,
  StepUpdate,
  TimelineRecord,
} from './dossier.records';
import { DossierRepository } from './dossier.repository';

const SOURCE = 'dossier-service';

/** A dossier's next move, with the command data of each step it dispatches. */
type Plan = DossierAdvance & { readonly commands: ReadonlyMap<string, Record<string, unknown>> };

/** What an agency said about a step, as every outcome event carries it. */
interface OutcomeData {
  readonly dossierId: string;
  readonly step: string;
  readonly result?: Record<string, unknown>;
  readonly reason?: string;
  readonly [field: string]: unknown;
}

/**
 * Runs dossiers through their procedure's step graph: dispatches each step's command when its
 * needs are met, applies agencies' outcomes, derives the dossier's status, and tells integrators
 * and the applicant. It reads everything from the procedure definitions and names none.
 */
@Injectable()
export class DossierOrchestrator {
  private readonly logger = new Logger(DossierOrchestrator.name);

  constructor(
    private readonly procedures: ProcedureCatalogue,
    private readonly dossiers: DossierRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /** Dispatches the first steps of a dossier just inserted, in the same transaction. */
  async startInTx(
    dossier: DossierRecord,
    steps: readonly StepRecord[],
    manager: EntityManager,
  ): Promise<void> {
    const definition = this.procedures.get(dossier.procedure);
    const plan = this.plan(definition, dossier, steps);
    const submitted: TimelineRecord = {
      at: dossier.submittedAt,
      kind: 'dossier',
      step: null,
      agency: SOURCE,
      from: null,
      to: dossier.status,
      reason: 'Dossier received',
      deadline: null,
    };
    const events = await this.persist(definition, dossier, steps, plan, manager, {
      at: dossier.submittedAt,
      causationId: undefined,
      timeline: [submitted],
      announce: true,
    });
    await this.outbox.enqueueInTx(events, manager);
  }

  /**
   * Applies an agency's outcome event to its dossier. A stale outcome (late, repeated, or for a
   * dossier this service does not know) changes nothing.
   */
  async applyOutcomeInTx(
    event: CloudEvent,
    manager: EntityManager,
  ): Promise<'applied' | 'skipped'> {
    const data = event.data as OutcomeData;
    const locked = await this.dossiers.lockInTx(data.dossierId, manager);
    if (!locked) {
      this.logger.warn(`${event.type} ${event.id} names an unknown dossier; skipped`);
      return 'skipped';
    }
    const { dossier, steps } = locked;
    const definition = this.procedures.get(dossier.procedure);
    const route = this.procedures.route(definition, data.step, event.type);
    if (!route) {
      throw new PermanentHandlerError(
        `${event.type} is not an outcome of step "${data.step}" of ${dossier.procedure}`,
      );
    }
    // Our clock, not the agency's: timeline order and finishedAt must not depend on its skew.
    const at = this.clock.now();
    const agency = this.procedures.step(definition, data.step).agency;

    if (route.kind === 'compensation') {
      const step = steps.find((candidate) => candidate.key === data.step);
      const compensation = step?.compensation;
      if (!step || !compensation || compensation.status !== 'requested') return 'skipped';
      const completed: StepCompensation = {
        ...compensation,
        status: 'completed',
        completedAt: at.toISOString(),
        ...(data.result ? { result: data.result } : {}),
      };
      await this.dossiers.saveProgressInTx(
        dossier.id,
        {
          at,
          finished: isFinalDossierStatus(dossier.status),
          steps: [{ key: step.key, status: step.status, compensation: completed }],
          timeline: [
            {
              at,
              kind: 'compensation',
              step: step.key,
              agency,
              from: 'requested',
              to: 'completed',
              reason: compensation.reason,
              deadline: null,
            },
          ],
        },
        manager,
      );
      return 'applied';
    }

    const outcome: StepOutcome = {
      step: data.step,
      status: route.effect,
      ...(typeof data.reason === 'string' ? { reason: data.reason } : {}),
    };
    const plan = this.plan(
      definition,
      dossier,
      steps,
      outcome,
      route.effect === 'completed' ? (data.result ?? {}) : undefined,
    );
    if (plan.outcome === 'stale') return 'skipped';
    const { dossierId: _dossierId, step: _step, ...details } = data;
    const outcomeUpdate: Partial<StepUpdate> =
      route.effect === 'completed'
        ? { result: data.result ?? {} }
        : route.effect === 'in_progress'
          ? { progress: details }
          : {};
    const events = await this.persist(definition, dossier, steps, plan, manager, {
      at,
      causationId: event.id,
      timeline: [],
      announce: false,
      outcomeUpdate,
    });
    await this.outbox.enqueueInTx(events, manager);
    return 'applied';
  }

  /**
   * Plans the dossier's next move, and builds the command of each step it would dispatch: a command
   * its contract refuses (data no agency could act on) fails its step now, since waiting for an
   * answer that cannot come would leave the dossier open for ever. The commands built are kept for
   * {@link persist}, so each is built and checked once.
   */
  private plan(
    definition: ProcedureDefinition,
    dossier: DossierRecord,
    steps: readonly StepRecord[],
    outcome?: StepOutcome,
    outcomeResult?: Record<string, unknown>,
  ): Plan {
    const document = this.document(
      dossier,
      steps,
      outcome && outcomeResult ? { [outcome.step]: outcomeResult } : {},
    );
    const commands = new Map<string, Record<string, unknown>>();
    const refusals = new Map<string, string | undefined>();
    const refuse = (key: string): string | undefined => {
      if (refusals.has(key)) return refusals.get(key);
      const step = this.procedures.step(definition, key);
      const data = buildCommandData({
        input: step.input,
        document,
        dossierId: dossier.id,
        step: key,
      });
      const violations = this.outbox.violations(step.command.type, data);
      const refusal =
        violations.length === 0
          ? undefined
          : `The request to ${step.agency} could not be made from this dossier (${violations
              .map((violation) => `${violation.pointer} ${violation.detail}`)
              .join('; ')}).`;
      if (refusal === undefined) commands.set(key, data);
      refusals.set(key, refusal);
      return refusal;
    };
    try {
      const advance = advanceDossierChecked(
        {
          status: dossier.status,
          steps: steps.map((step) => ({
            key: step.key,
            status: step.status,
            needs: step.needs,
            compensable: this.procedures.step(definition, step.key).compensation !== undefined,
            compensationRequested: step.compensation !== null,
          })),
          principalStep: definition.principalStep,
          feeStep: steps.some((step) => step.key === this.procedures.feeStep(definition))
            ? this.procedures.feeStep(definition)
            : undefined,
          outcome,
        },
        refuse,
      );
      return { ...advance, commands };
    } catch (error: unknown) {
      // A graph or step inconsistency is a definition bug: retrying cannot fix it.
      if (error instanceof DossierDomainError) throw new PermanentHandlerError(error.message);
      throw error;
    }
  }

  /** What a step's command fields point into: the dossier and the results of its steps. */
  private document(
    dossier: DossierRecord,
    steps: readonly StepRecord[],
    newResults: Readonly<Record<string, Record<string, unknown>>>,
  ) {
    const results: Record<string, { result: Record<string, unknown> | null }> = {};
    for (const step of steps) {
      results[step.key] = { result: newResults[step.key] ?? step.result };
    }
    return {
      dossierId: dossier.id,
      procedure: dossier.procedure,
      channel: dossier.channel,
      applicant: dossier.applicant,
      data: dossier.data,
      fee: dossier.fee,
      steps: results,
    };
  }

  /** Writes a plan and returns the events it causes (commands, status change, notification). */
  private async persist(
    definition: ProcedureDefinition,
    dossier: DossierRecord,
    steps: readonly StepRecord[],
    plan: Plan,
    manager: EntityManager,
    context: {
      readonly at: Date;
      readonly causationId: string | undefined;
      readonly timeline: TimelineRecord[];
      readonly announce: boolean;
      readonly outcomeUpdate?: Partial<StepUpdate>;
    },
  ): Promise<OutgoingEvent[]> {
    const { at } = context;
    const byKey = new Map(steps.map((step) => [step.key, step]));
    const updates = new Map<string, StepUpdate>();
    const timeline = [...context.timeline];
    for (const [index, transition] of plan.transitions.entries()) {
      const step = byKey.get(transition.key);
      if (!step) continue;
      updates.set(transition.key, {
        ...(index === 0 ? context.outcomeUpdate : {}),
        key: transition.key,
        status: transition.to,
        ...(transition.reason ? { reason: transition.reason } : {}),
      });
      timeline.push({
        at,
        kind: 'step',
        step: transition.key,
        agency: step.agency,
        from: transition.from,
        to: transition.to,
        reason: transition.reason ?? null,
        deadline: step.deadline,
      });
    }

    // Results of steps completed so far, this one included, feed the next commands.
    const newResults: Record<string, Record<string, unknown>> = {};
    for (const [key, update] of updates) if (update.result) newResults[key] = update.result;
    const document = this.document(dossier, steps, newResults);
    const events: OutgoingEvent[] = [];
    const emit = (def: EventDefinition, data: unknown): void => {
      events.push({
        topic: def.topic,
        event: newEvent(def, {
          subject: dossier.id,
          data: data,
          correlationId: dossier.correlationId,
          causationId: context.causationId,
          source: SOURCE,
          time: this.clock.now(),
        }),
      });
    };

    for (const key of plan.dispatch) {
      // Built and checked by plan(): every dispatched step passed its contract there.
      const data = plan.commands.get(key);
      if (!data) throw new Error(`step ${key} is dispatched without a checked command`);
      emit(this.procedures.step(definition, key).command, data);
    }
    for (const key of plan.compensate) {
      const compensation = this.procedures.step(definition, key).compensation;
      const step = byKey.get(key);
      if (!compensation || !step) continue;
      emit(compensation.command, {
        ...buildCommandData({
          input: compensation.input,
          document,
          dossierId: dossier.id,
          step: key,
        }),
        reason: compensation.reason,
      });
      const previous = updates.get(key);
      updates.set(key, {
        ...(previous ?? { key, status: step.status }),
        compensation: {
          status: 'requested',
          requestedAt: at.toISOString(),
          reason: compensation.reason,
        },
      });
      timeline.push({
        at,
        kind: 'compensation',
        step: key,
        agency: step.agency,
        from: null,
        to: 'requested',
        reason: compensation.reason,
        deadline: null,
      });
    }

    const status = plan.status?.to ?? dossier.status;
    if (plan.status) {
      timeline.push({
        at,
        kind: 'dossier',
        step: null,
        agency: SOURCE,
        from: plan.status.from,
        to: plan.status.to,
        reason: null,
        deadline: null,
      });
    }
    await this.dossiers.saveProgressInTx(
      dossier.id,
      {
        at,
        status: plan.status?.to,
        finished: isFinalDossierStatus(status),
        steps: [...updates.values()],
        timeline,
      },
      manager,
    );

    if (plan.status || context.announce) {
      const current = steps.map((step) => {
        const update = updates.get(step.key);
        return {
          key: step.key,
          agency: step.agency,
          status: update?.status ?? step.status,
          result: update?.result ?? step.result ?? undefined,
          reason: update?.reason ?? step.reason ?? undefined,
        };
      });
      emit(DossierStatusChangedV1, {
        dossierId: dossier.id,
        procedure: dossier.procedure,
        status,
        previousStatus: plan.status?.from ?? null,
        final: isFinalDossierStatus(status),
        submittedAt: dossier.submittedAt.toISOString(),
        changedAt: at.toISOString(),
        steps: current.map(({ key, agency, status: stepStatus }) => ({
          key,
          agency,
          status: stepStatus,
        })),
      });
      emit(NotifyApplicantV1, {
        dossierId: dossier.id,
        procedure: dossier.procedure,
        procedureName: definition.name,
        status,
        recipient: {
          pin: dossier.applicant.pin,
          fullName: dossier.applicant.fullName,
          ...(dossier.applicant.email ? { email: dossier.applicant.email } : {}),
        },
        steps: current.map((step) => ({
          key: step.key,
          name: this.procedures.step(definition, step.key).name,
          agency: step.agency,
          status: step.status,
          ...(step.status === 'completed' && step.result ? { result: step.result } : {}),
          ...(step.reason ? { reason: step.reason } : {}),
        })),
      });
    }
    return events;
  }
}
