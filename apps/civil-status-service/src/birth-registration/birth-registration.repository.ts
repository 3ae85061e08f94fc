import { Injectable } from '@nestjs/common';
import { Database } from '@lienthong/persistence';
import { Not, type EntityManager } from 'typeorm';
import { BirthRegistrationEntity, type ChildSex } from './birth-registration.entity';

/** What is recorded when a birth registration command is accepted. */
export interface NewBirthRegistration {
  readonly id: string;
  readonly dossierId: string;
  readonly step: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly childFullName: string;
  readonly childNameKey: string;
  readonly childSex: ChildSex;
  readonly childDateOfBirth: string;
  readonly childPlaceOfBirth: string;
  readonly motherPin: string;
  readonly fatherPin: string | null;
  readonly medicalBirthCertificateNo: string;
  readonly applicantPin: string;
}

/** Who a child is for the one-registration-per-child rule. */
export interface ChildIdentity {
  readonly motherPin: string;
  readonly childNameKey: string;
  readonly childDateOfBirth: string;
}

/** What completes a registration once the population register has issued the PIN. */
export interface RegistrationCompletion {
  readonly childPin: string;
  readonly registrationNumber: string;
  readonly registeredAt: Date;
  readonly mother: { readonly fullName: string; readonly dateOfBirth: string };
  readonly father: { readonly fullName: string; readonly dateOfBirth: string } | null;
}

/** Queries of the birth register tables. */
@Injectable()
export class BirthRegistrationRepository {
  constructor(private readonly database: Database) {}

  /**
   * Inserts an `awaiting_pin` registration unless one already holds its dossier step or its
   * child (unique constraints, not a prior read, so concurrent commands cannot both insert).
   * @idempotent
   * @returns whether the row was inserted.
   */
  async insertIfAbsentInTx(row: NewBirthRegistration, manager: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO birth_registration
         (id, dossier_id, step, status, province_code, commune_code, child_full_name,
          child_name_key, child_sex, child_date_of_birth, child_place_of_birth, mother_pin,
          father_pin, medical_birth_certificate_no, applicant_pin)
       VALUES ($1, $2, $3, 'awaiting_pin', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        row.id,
        row.dossierId,
        row.step,
        row.provinceCode,
        row.communeCode,
        row.childFullName,
        row.childNameKey,
        row.childSex,
        row.childDateOfBirth,
        row.childPlaceOfBirth,
        row.motherPin,
        row.fatherPin,
        row.medicalBirthCertificateNo,
        row.applicantPin,
      ],
    );
    return inserted.length === 1;
  }

  /** The registration made for a dossier step, or null. */
  findByDossierStepInTx(
    dossierId: string,
    step: string,
    manager: EntityManager,
  ): Promise<BirthRegistrationEntity | null> {
    return manager.findOne(BirthRegistrationEntity, { where: { dossierId, step } });
  }

  /** The registration, registered or awaiting its PIN, that holds this child; or null. */
  findActiveForChildInTx(
    child: ChildIdentity,
    manager: EntityManager,
  ): Promise<BirthRegistrationEntity | null> {
    return manager.findOne(BirthRegistrationEntity, {
      where: {
        motherPin: child.motherPin,
        childNameKey: child.childNameKey,
        childDateOfBirth: child.childDateOfBirth,
        status: Not('rejected' as const),
      },
    });
  }

  /** The registration with this id, locked until the transaction ends; or null. */
  lockInTx(id: string, manager: EntityManager): Promise<BirthRegistrationEntity | null> {
    return manager.findOne(BirthRegistrationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * The next rank in the commune's birth register for the year, from 1. The counter row stays
   * locked until the transaction ends, so numbers are unique and, since a rollback returns the
   * number, gapless.
   */
  async nextSequenceInTx(
    communeCode: string,
    year: number,
    manager: EntityManager,
  ): Promise<number> {
    const [row] = await manager.query<{ last_sequence: number }[]>(
      `INSERT INTO birth_registration_counter AS counter (commune_code, year, last_sequence)
       VALUES ($1, $2, 1)
       ON CONFLICT (commune_code, year)
       DO UPDATE SET last_sequence = counter.last_sequence + 1
       RETURNING last_sequence`,
      [communeCode, year],
    );
    return row.last_sequence;
  }

  /** Marks a registration registered with the PIN, the number and the parents' particulars. */
  async completeInTx(
    id: string,
    completion: RegistrationCompletion,
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(
      BirthRegistrationEntity,
      { id },
      {
        status: 'registered',
        childPin: completion.childPin,
        registrationNumber: completion.registrationNumber,
        registeredAt: completion.registeredAt,
        motherFullName: completion.mother.fullName,
        motherDateOfBirth: completion.mother.dateOfBirth,
        fatherFullName: completion.father?.fullName ?? null,
        fatherDateOfBirth: completion.father?.dateOfBirth ?? null,
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
      BirthRegistrationEntity,
      { id },
      {
        status: 'rejected',
        rejectionCode: rejection.code,
        rejectionReason: rejection.reason,
        updatedAt: rejection.at,
      },
    );
  }

  /** A registered birth by its registration number, or null (also while awaiting or rejected). */
  findRegisteredByNumber(registrationNumber: string): Promise<BirthRegistrationEntity | null> {
    return this.database.manager.findOne(BirthRegistrationEntity, {
      where: { registrationNumber, status: 'registered' },
    });
  }
}
