import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../envelope';
import { TOPICS } from '../../topics';
import { DossierId, StepKey } from '../shared-schemas';

/** Dossier statuses, spelled as in docs/architecture.md. */
export const DOSSIER_STATUS_VALUES = [
  'submitted',
  'in_progress',
  'completed',
  'partially_completed',
  'rejected',
  'cancelled',
] as const;

/** Step statuses, spelled as in docs/architecture.md. */
export const STEP_STATUS_VALUES = [
  'pending',
  'dispatched',
  'in_progress',
  'completed',
  'rejected',
  'failed',
  'not_applicable',
  'skipped',
  'awaiting_officer',
] as const;

const DossierStatusSchema = Type.Union(DOSSIER_STATUS_VALUES.map((s) => Type.Literal(s)));
const StepStatusSchema = Type.Union(STEP_STATUS_VALUES.map((s) => Type.Literal(s)));

/** dossier-service → integrators and dashboards: a dossier's status changed. No personal data. */
export const DossierStatusChangedV1 = defineEvent({
  type: 'vn.gov.dossier.status-changed.v1',
  topic: TOPICS.dossierStatusChanged,
  description:
    "A dossier's status changed (derived from its steps). Public and PII-minimised: ids, statuses and step keys only, never names, PINs or results.",
  personalData: false,
  schema: Type.Object(
    {
      dossierId: DossierId,
      procedure: Type.String({ minLength: 1 }),
      status: DossierStatusSchema,
      previousStatus: Type.Union([DossierStatusSchema, Type.Null()], {
        description: 'null when the dossier was just submitted.',
      }),
      final: Type.Boolean({ description: 'Whether the dossier will never change status again.' }),
      submittedAt: Type.String({ format: 'date-time' }),
      changedAt: Type.String({ format: 'date-time' }),
      steps: Type.Array(
        Type.Object(
          { key: StepKey, agency: Type.String(), status: StepStatusSchema },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
});

export const DOSSIER_EVENTS = [DossierStatusChangedV1] as const;
