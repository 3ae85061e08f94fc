import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import type { EntityManager } from 'typeorm';
import { DeathRegistrationEntity, type DeceasedSex } from './death-registration.entity';

/** What is recorded when a death registration command is accepted. */
export interface NewDeathRegistration {
  readonly id: string;
  readonly dossierId: string;
  readonly step: string;
  readonly deceasedPin: string;
  readonly dateOfDeath: string;
  readonly placeOfDeath: string;
  readonly medicalDeathCertificateNo: string;
  readonly applicantPin: string;
  readonly applicantRelationship: string;
}

/** What completes a registration once the population register has answered. */
export interface DeathRegistrationCompletion {
  readonly registrationNumber: string;
  readonly registeredAt: Date;
  readonly deceased: {
    readonly fullName: string;
    readonly sex: DeceasedSex;
    readonly dateOfBirth: string;
  };
}

/** Queries of the death register tables. */
@Injectable()
export class DeathRegistrationRepository {
  constructor(private readonly database: Database) {}

  /**
   * Inserts an `awaiting_particulars` registration unless its dossier step already has one (a
   * unique constraint, not a prior read, so concurrent re-sends cannot both insert).
   * @idempotent
   * @returns whether the row was inserted.
   */
  async insertIfAbsentInTx(row: NewDeathRegistration, manager: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO death_registration
         (id, dossier_id, step, status, deceased_pin, date_of_death, place_of_death,
          medical_death_certificate_no, applicant_pin, applicant_relationship)
       VALUES ($1, $2, $3, 'awaiting_particulars', $4, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        row.id,
        row.dossierId,
        row.step,
        row.deceasedPin,
        row.dateOfDeath,
        row.placeOfDeath,
        row.medicalDeathCertificateNo,
        row.applicantPin,
        row.applicantRelationship,
      ],
    );
    return inserted.length === 1;
  }

  /** The registration made for a dossier step, or null. */
  findByDossierStepInTx(
    dossierId: string,
    step: string,
    manager: EntityManager,
  ): Promise<DeathRegistrationEntity | null> {
    return manager.findOne(DeathRegistrationEntity, { where: { dossierId, step } });
  }

  /** The registration with this id, locked until the transaction ends; or null. */
  lockInTx(id: string, manager: EntityManager): Promise<DeathRegistrationEntity | null> {
    return manager.findOne(DeathRegistrationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * Takes the death register's lock on one person until the transaction ends. Two dossiers for
   * the same person answered at once take turns here: the second reads the first's registration,
   * committed, and is refused instead of failing on the one-per-person index.
   */
  async lockDeceasedInTx(deceasedPin: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `death_registration:${deceasedPin}`,
    ]);
  }

  /** The registered death of this person, or null. */
  findRegisteredForDeceasedInTx(
    deceasedPin: string,
    manager: EntityManager,
  ): Promise<DeathRegistrationEntity | null> {
    return manager.findOne(DeathRegistrationEntity, {
      where: { deceasedPin, status: 'registered' },
    });
  }

  /**
   * The next rank in the year's death register, from 1. The counter row stays locked until the
   * transaction ends, so numbers are unique and, since a rollback returns the number, gapless.
   */
  async nextSequenceInTx(year: number, manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ last_sequence: number }[]>(
      `INSERT INTO death_registration_counter AS counter (year, last_sequence)
       VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_sequence = counter.last_sequence + 1
       RETURNING last_sequence`,
      [year],
    );
    return row.last_sequence;
  }

  /** Marks a registration registered with its number and the deceased's particulars. */
  async completeInTx(
    id: string,
    completion: DeathRegistrationCompletion,
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(
      DeathRegistrationEntity,
      { id },
      {
        status: 'registered',
        registrationNumber: completion.registrationNumber,
        registeredAt: completion.registeredAt,
        deceasedFullName: completion.deceased.fullName,
        deceasedSex: completion.deceased.sex,
        deceasedDateOfBirth: completion.deceased.dateOfBirth,
        updatedAt: completion.registeredAt,
      },
    );
  }

  /** Marks a registration rejected, with the code and the reason given to the citizen. */
  async rejectInTx(
    id: string,
    rejection: { readonly code: string; readonly reason: string; readonly at: Date },
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(
      DeathRegistrationEntity,
      { id },
      {
        status: 'rejected',
        rejectionCode: rejection.code,
        rejectionReason: rejection.reason,
        updatedAt: rejection.at,
      },
    );
  }

  /** A registered death by its registration number, or null (also while awaiting or rejected). */
  findRegisteredByNumber(registrationNumber: string): Promise<DeathRegistrationEntity | null> {
    return this.database.manager.findOne(DeathRegistrationEntity, {
      where: { registrationNumber, status: 'registered' },
    });
  }
}
