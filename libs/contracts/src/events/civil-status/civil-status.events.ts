import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../envelope';
import { TOPICS } from '../../topics';
import {
  IsoDate,
  Pin,
  ProvinceCodeSchema,
  Sex,
  stepCommand,
  stepCompleted,
  stepEnded,
} from '../shared-schemas';

/** dossier-service → civil-status-service: register a birth. */
export const RegisterBirthV1 = defineEvent({
  type: 'vn.gov.civil-status.register-birth.v1',
  topic: TOPICS.civilStatusCommands,
  description:
    "Register a birth in the birth register. Parents are given by PIN only; their particulars come from the population register. Civil status obtains the child's PIN from residence-service.",
  personalData: true,
  schema: stepCommand({
    child: Type.Object(
      {
        fullName: Type.String({ minLength: 1, maxLength: 100 }),
        sex: Sex,
        dateOfBirth: IsoDate,
        placeOfBirth: Type.String({ minLength: 1, maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
    motherPin: Pin,
    fatherPin: Type.Optional(Pin),
    medicalBirthCertificateNo: Type.String({ minLength: 1, maxLength: 50 }),
    registrationAuthority: Type.Object(
      {
        provinceCode: ProvinceCodeSchema,
        communeCode: Type.String({ pattern: '^[0-9]{5}$' }),
      },
      { additionalProperties: false },
    ),
    applicantPin: Pin,
  }),
});

/** civil-status-service → dossier-service: the birth is registered and the child has a PIN. */
export const BirthRegisteredV1 = defineEvent({
  type: 'vn.gov.civil-status.birth-registered.v1',
  topic: TOPICS.civilStatusEvents,
  description:
    "The birth is in the birth register, with the child's PIN issued by the population register: the birth step is completed.",
  personalData: true,
  schema: stepCompleted(
    Type.Object(
      {
        registrationNumber: Type.String({
          minLength: 1,
          description: 'Number in GET /v1/birth-registrations/{number}.',
        }),
        pin: Pin,
      },
      { additionalProperties: false },
    ),
  ),
});

/** Why civil status refuses to register a birth. */
export const BIRTH_REGISTRATION_REJECTION_CODES = [
  'mother-unknown',
  'father-unknown',
  'already-registered',
  'date-of-birth-in-future',
] as const;

/** civil-status-service → dossier-service: the birth cannot be registered. */
export const BirthRegistrationRejectedV1 = defineEvent({
  type: 'vn.gov.civil-status.birth-registration-rejected.v1',
  topic: TOPICS.civilStatusEvents,
  description:
    'Civil status refused to register the birth, with the reason: the birth step is rejected.',
  personalData: false,
  schema: stepEnded(BIRTH_REGISTRATION_REJECTION_CODES),
});

/** dossier-service → civil-status-service: register a death. */
export const RegisterDeathV1 = defineEvent({
  type: 'vn.gov.civil-status.register-death.v1',
  topic: TOPICS.civilStatusCommands,
  description:
    "Register a death in the death register, given the deceased's PIN (particulars come from the population register), the date and place of death, the medical death certificate and the applicant.",
  personalData: true,
  schema: stepCommand({
    deceasedPin: Pin,
    dateOfDeath: IsoDate,
    placeOfDeath: Type.String({ minLength: 1, maxLength: 200 }),
    medicalDeathCertificateNo: Type.String({ minLength: 1, maxLength: 50 }),
    applicantPin: Pin,
    applicantRelationship: Type.String({ minLength: 1 }),
  }),
});

/** civil-status-service → dossier-service: the death is registered. */
export const DeathRegisteredV1 = defineEvent({
  type: 'vn.gov.civil-status.death-registered.v1',
  topic: TOPICS.civilStatusEvents,
  description: 'The death is in the death register: the death step is completed.',
  personalData: false,
  schema: stepCompleted(
    Type.Object(
      {
        registrationNumber: Type.String({
          minLength: 1,
          description: 'Number in GET /v1/death-registrations/{number}.',
        }),
      },
      { additionalProperties: false },
    ),
  ),
});

/** Why civil status refuses to register a death. */
export const DEATH_REGISTRATION_REJECTION_CODES = [
  'deceased-unknown',
  'already-deceased',
  'date-of-death-in-future',
  'date-of-death-before-birth',
] as const;

/** civil-status-service → dossier-service: the death cannot be registered. */
export const DeathRegistrationRejectedV1 = defineEvent({
  type: 'vn.gov.civil-status.death-registration-rejected.v1',
  topic: TOPICS.civilStatusEvents,
  description:
    'Civil status refused to register the death, with the reason: the death step is rejected.',
  personalData: false,
  schema: stepEnded(DEATH_REGISTRATION_REJECTION_CODES),
});

export const CIVIL_STATUS_EVENTS = [
  RegisterBirthV1,
  BirthRegisteredV1,
  BirthRegistrationRejectedV1,
  RegisterDeathV1,
  DeathRegisteredV1,
  DeathRegistrationRejectedV1,
] as const;
