import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RelationshipToHead } from '../population-register/domain/population-seed.schema';

/** A deletion about to be recorded. */
export interface NewDeletion {
  readonly pin: string;
  readonly confirmationNumber: string;
  readonly householdId: string | null;
  readonly relationshipToHead: RelationshipToHead | null;
  readonly dateOfDeath: string;
  readonly dossierId: string;
  readonly deathRegistrationNumber: string;
}

/** Queries of the permanent-residence deletions. */
@Injectable()
export class PermanentResidenceDeletionRepository {
  /** The person's deletion (its confirmation number), or null; in the caller's transaction. */
  async findConfirmationNumberInTx(pin: string, manager: EntityManager): Promise<string | null> {
    const rows = await manager.query<{ confirmation_number: string }[]>(
      `SELECT confirmation_number FROM permanent_residence_deletion WHERE pin = $1`,
      [pin],
    );
    return rows[0]?.confirmation_number ?? null;
  }

  /** The next value of the confirmation-number sequence (never handed out twice, gaps allowed). */
  async nextConfirmationSequenceInTx(manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ value: string }[]>(
      `SELECT nextval('permanent_residence_deletion_confirmation_seq')::text AS value`,
    );
    return Number(row.value);
  }

  /** Records a deletion, in the caller's transaction (which holds the person's row lock). */
  async insertInTx(deletion: NewDeletion, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO permanent_residence_deletion
         (pin, confirmation_number, household_id, relationship_to_head, date_of_death,
          dossier_id, death_registration_number)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        deletion.pin,
        deletion.confirmationNumber,
        deletion.householdId,
        deletion.relationshipToHead,
        deletion.dateOfDeath,
        deletion.dossierId,
        deletion.deathRegistrationNumber,
      ],
    );
  }
}
