import { Injectable } from '@nestjs/common';
import {
  ALL_EVENTS,
  type EventDefinition,
  type SchemaViolation,
  toViolations,
} from '@lienthong/contracts';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { PROCEDURE_DEFINITIONS } from './definitions';
import { checkForm } from './domain/check-form.util';
import { computeFee } from './domain/compute-fee.util';
import type { FeeChannel, IsoDate } from './domain/fee-rule';
import { resolvePointer } from './domain/json-pointer.util';
import { publicHolidaySet } from './domain/public-holidays';
import { addWorkingDays } from './domain/working-days.util';
import type { ProcedureView } from './dto/procedure.view';
import { ProcedureError, ProcedureErrorCode } from './procedure.error';
import type { OutcomeEffect, ProcedureDefinition, StepDefinition } from './procedure-definition';

/** The fee a dossier owes, fixed at submission. */
export interface DossierFee {
  readonly amount: number;
  readonly currency: 'VND';
  readonly description: string;
  readonly ruleEffectiveFrom: IsoDate;
}

/** A step as a new dossier gets it. */
export interface PlannedStep {
  readonly key: string;
  readonly agency: string;
  readonly needs: readonly string[];
  readonly deadline: IsoDate;
  readonly compensable: boolean;
}

/** Where an outcome event leads: which step definition, and what it does. */
export type OutcomeRoute =
  { readonly kind: 'step'; readonly effect: OutcomeEffect } | { readonly kind: 'compensation' };

/**
 * The procedure definitions, made usable: forms compiled once, fees, step plans and deadlines, and
 * the event types the orchestrator must consume. Every answer comes from the definitions' data.
 */
@Injectable()
export class ProcedureCatalogue {
  private readonly byCode = new Map<string, ProcedureDefinition>();
  private readonly forms = new Map<string, ValidateFunction>();
  private readonly holidays = publicHolidaySet();

  constructor() {
    const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
    for (const definition of PROCEDURE_DEFINITIONS) {
      this.byCode.set(definition.code, definition);
      this.forms.set(definition.code, ajv.compile(definition.form));
    }
  }

  list(): readonly ProcedureDefinition[] {
    return [...this.byCode.values()];
  }

  /** The definition of a procedure code, or a 404 problem. */
  find(code: string): ProcedureDefinition {
    const definition = this.byCode.get(code);
    if (!definition) throw new ProcedureError(ProcedureErrorCode.ProcedureNotFound);
    return definition;
  }

  /** A definition as the public catalogue shows it: data only, nothing of the code behind it. */
  publish(definition: ProcedureDefinition): ProcedureView {
    return {
      code: definition.code,
      name: definition.name,
      legalBasis: [...definition.legalBasis],
      deadlineWorkingDays: Math.max(...definition.steps.map((step) => step.deadlineWorkingDays)),
      steps: definition.steps.map((step) => ({
        key: step.key,
        name: step.name,
        agency: step.agency,
        needs: [...step.needs],
        deadlineWorkingDays: step.deadlineWorkingDays,
        principal: step.key === definition.principalStep,
        onlyWhenFeeDue: step.onlyWhenFeeDue === true,
      })),
      fee: definition.fee
        ? {
            description: definition.fee.description,
            quantityField: definition.fee.quantityPointer,
            rules: definition.fee.rules.map((rule) => ({
              effectiveFrom: rule.effectiveFrom,
              ...(rule.effectiveTo ? { effectiveTo: rule.effectiveTo } : {}),
              unitAmount: rule.unitAmount,
              currency: rule.currency,
              onlineReductionPercent: rule.onlineReduction.percent,
            })),
          }
        : null,
      requiredApplicantFields: [...(definition.requiredApplicantFields ?? [])],
      // A plain JSON copy: TypeBox's symbol keys are not part of the published schema.
      form: JSON.parse(JSON.stringify(definition.form)) as Record<string, unknown>,
    };
  }

  /** The definition of a procedure code; callers have validated the code. */
  get(code: string): ProcedureDefinition {
    const definition = this.byCode.get(code);
    if (!definition) throw new Error(`unknown procedure ${code}`);
    return definition;
  }

  /** Every problem of a dossier's form, pointers relative to the request body (`/data/...`). */
  validateForm(code: string, form: unknown, today: IsoDate): SchemaViolation[] {
    const validate = this.forms.get(code);
    if (!validate) throw new Error(`unknown procedure ${code}`);
    const schemaViolations = validate(form)
      ? []
      : // "must match then schema" only repeats, without a field, what the `then` branch said.
        toViolations(
          validate.errors?.filter((error) => error.keyword !== 'if'),
          '/data',
        );
    // The checks run on an invalid form too, so every problem is reported at once; a field the
    // schema already refused is not reported twice.
    const refused = new Set(schemaViolations.map((violation) => violation.pointer));
    const checkViolations = checkForm({ checks: this.get(code).formChecks, form, today })
      .map((violation) => ({ pointer: `/data${violation.pointer}`, detail: violation.detail }))
      .filter((violation) => !refused.has(violation.pointer));
    return [...schemaViolations, ...checkViolations];
  }

  /** Applicant fields the procedure needs that the applicant left out, as violations. */
  missingApplicantFields(code: string, applicant: object): SchemaViolation[] {
    return (
      (this.get(code).requiredApplicantFields ?? [])
        // null counts as missing: an account of null cannot be paid into.
        .filter((field) => (applicant as Record<string, unknown>)[field] == null)
        .map((field) => ({
          pointer: `/applicant/${field}`,
          detail: 'is required for this procedure',
        }))
    );
  }

  /** The fee due for a valid form, or undefined when none is. */
  feeFor(
    definition: ProcedureDefinition,
    form: unknown,
    channel: FeeChannel,
    today: IsoDate,
  ): DossierFee | undefined {
    if (!definition.fee) return undefined;
    const quantity = resolvePointer(form, definition.fee.quantityPointer);
    const fee = computeFee({
      rules: definition.fee.rules,
      certifiedCopies: typeof quantity === 'number' ? quantity : 0,
      channel,
      on: today,
    });
    if (!('currency' in fee)) return undefined;
    return {
      amount: fee.amount,
      currency: fee.currency,
      description: definition.fee.description,
      ruleEffectiveFrom: fee.ruleEffectiveFrom,
    };
  }

  /** The steps of a new dossier: the fee step only when a fee is due, needs of absent steps dropped. */
  planSteps(definition: ProcedureDefinition, feeDue: boolean, submittedOn: IsoDate): PlannedStep[] {
    const present = definition.steps.filter((step) => feeDue || !step.onlyWhenFeeDue);
    const keys = new Set(present.map((step) => step.key));
    return present.map((step) => ({
      key: step.key,
      agency: step.agency,
      needs: step.needs.filter((need) => keys.has(need)),
      deadline: addWorkingDays({
        from: submittedOn,
        workingDays: step.deadlineWorkingDays,
        holidays: this.holidays,
      }),
      compensable: step.compensation !== undefined,
    }));
  }

  step(definition: ProcedureDefinition, key: string): StepDefinition {
    const step = definition.steps.find((candidate) => candidate.key === key);
    if (!step) throw new Error(`procedure ${definition.code} has no step ${key}`);
    return step;
  }

  /** The fee step of a definition, if it has one. */
  feeStep(definition: ProcedureDefinition): string | undefined {
    return definition.steps.find((step) => step.onlyWhenFeeDue)?.key;
  }

  /** What an outcome event type does to a step of this procedure, if anything. */
  route(definition: ProcedureDefinition, stepKey: string, type: string): OutcomeRoute | undefined {
    const step = definition.steps.find((candidate) => candidate.key === stepKey);
    if (!step) return undefined;
    const effect = step.outcomes[type];
    if (effect) return { kind: 'step', effect };
    if (step.compensation?.completedBy.includes(type)) return { kind: 'compensation' };
    return undefined;
  }
}

/**
 * Every event type agencies answer steps with, across the definitions: what the orchestrator
 * consumes. Known before the application starts, so handlers can be declared from it.
 */
export function outcomeEvents(
  definitions: readonly ProcedureDefinition[] = PROCEDURE_DEFINITIONS,
): EventDefinition[] {
  const types = new Set<string>();
  for (const definition of definitions) {
    for (const step of definition.steps) {
      Object.keys(step.outcomes).forEach((type) => types.add(type));
      step.compensation?.completedBy.forEach((type) => types.add(type));
    }
  }
  return [...types].map((type) => {
    const event = ALL_EVENTS.find((candidate) => candidate.type === type);
    if (!event) throw new Error(`outcome type ${type} is not in the contracts`);
    return event;
  });
}
