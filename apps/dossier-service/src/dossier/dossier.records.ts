import type { DossierStatus } from './domain/dossier-status';
import type { StepStatus } from './domain/step-status';

/** The applicant as filed (personal data: never logged, never in public events). */
export interface Applicant {
  readonly pin: string;
  readonly fullName: string;
  readonly relationship: string;
  readonly email?: string;
  readonly phone?: string;
  readonly bankAccount?: { bankCode: string; accountNumber: string; accountName: string };
}

/** A dossier row. */
export interface DossierRecord {
  readonly id: string;
  readonly procedure: string;
  readonly channel: 'online' | 'counter';
  readonly status: DossierStatus;
  readonly applicant: Applicant;
  readonly data: Record<string, unknown>;
  readonly fee: { amount: number; currency: 'VND'; description: string } | null;
  readonly correlationId: string;
  readonly submittedAt: Date;
  readonly updatedAt: Date;
  readonly finishedAt: Date | null;
}

/** The compensation of a completed step (a refunded fee). */
export interface StepCompensation {
  readonly status: 'requested' | 'completed';
  readonly requestedAt: string;
  readonly completedAt?: string;
  readonly reason: string;
  readonly result?: Record<string, unknown>;
}

/** A step row. */
export interface StepRecord {
  readonly key: string;
  readonly position: number;
  readonly agency: string;
  readonly status: StepStatus;
  readonly needs: readonly string[];
  readonly deadline: string;
  readonly result: Record<string, unknown> | null;
  readonly reason: string | null;
  readonly progress: Record<string, unknown> | null;
  readonly compensation: StepCompensation | null;
  readonly updatedAt: Date;
}

/** One line of a dossier's timeline. */
export interface TimelineRecord {
  readonly at: Date;
  readonly kind: 'dossier' | 'step' | 'compensation';
  readonly step: string | null;
  readonly agency: string;
  readonly from: string | null;
  readonly to: string;
  readonly reason: string | null;
  readonly deadline: string | null;
}

/** A change to write to a step. */
export interface StepUpdate {
  readonly key: string;
  readonly status: StepStatus;
  readonly result?: Record<string, unknown>;
  readonly reason?: string;
  readonly progress?: Record<string, unknown>;
  readonly compensation?: StepCompensation;
}
