import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ResidenceParent } from './permanent-residence-registration.entity';

/** A registration about to be recorded. */
export interface NewRegistration {
  readonly childPin: string;
  readonly householdId: string;
  readonly confirmationNumber: string;
  readonly withParent: ResidenceParent;
  readonly dossierId: string;
  readonly birthRegistrationNumber: string;
}

/** Queries of the permanent-residence registrations. */
@Injectable()
export class PermanentResidenceRepository {
  /** The child's registration (its confirmation number), or null; in the caller's transaction. */
  async findConfirmationNumberInTx(
    childPin: string,
    manager: EntityManager,
  ): Promise<string | null> {
    const rows = await manager.query<{ confirmation_number: string }[]>(
      `SELECT confirmation_number FROM permanent_residence_registration WHERE child_pin = $1`,
      [childPin],
    );
    return rows[0]?.confirmation_number ?? null;
  }

  /** The next value of the confirmation-number sequence (never handed out twice, gaps allowed). */
  async nextConfirmationSequenceInTx(manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ value: string }[]>(
      `SELECT nextval('permanent_residence_confirmation_seq')::text AS value`,
    );
    return Number(row.value);
  }

  /** Records a registration, in the caller's transaction (which holds the child's row lock). */
  async insertInTx(registration: NewRegistration, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO permanent_residence_registration
         (child_pin, household_id, confirmation_number, with_parent, dossier_id,
          birth_registration_number)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        registration.childPin,
        registration.householdId,
        registration.confirmationNumber,
        registration.withParent,
        registration.dossierId,
        registration.birthRegistrationNumber,
      ],
    );
  }
}
