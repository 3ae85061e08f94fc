import { DOSSIER_STATUS_VALUES } from '@lienthong/contracts';

/**
 * Every status a dossier can be in, spelled as in `docs/architecture.md` ("Statuses"): the values
 * the public events carry, so the two cannot drift.
 */
export const DOSSIER_STATUSES = DOSSIER_STATUS_VALUES;

/** The status of a dossier: derived from its steps, never set by hand (except `cancelled`). */
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** Statuses a dossier never leaves. */
export const FINAL_DOSSIER_STATUSES = [
  'completed',
  'partially_completed',
  'rejected',
  'cancelled',
] as const satisfies readonly DossierStatus[];

/** A status a dossier never leaves. */
export type FinalDossierStatus = (typeof FINAL_DOSSIER_STATUSES)[number];

/** Whether a dossier status is final (see {@link FINAL_DOSSIER_STATUSES}). */
export function isFinalDossierStatus(status: DossierStatus): status is FinalDossierStatus {
  const finals: readonly DossierStatus[] = FINAL_DOSSIER_STATUSES;
  return finals.includes(status);
}
