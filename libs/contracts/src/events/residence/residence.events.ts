import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../envelope';
import { TOPICS } from '../../topics';
import {
  DossierId,
  IsoDate,
  Pin,
  ProvinceCodeSchema,
  Reason,
  Sex,
  stepCommand,
  stepCompleted,
  stepEnded,
} from '../shared-schemas';

const PinRequestId = Type.String({
  format: 'uuid',
  description: "The requester's id for this child (civil status: the birth registration id).",
});

const Parent = Type.Object(
  {
    pin: Pin,
    fullName: Type.String({ minLength: 1 }),
    dateOfBirth: IsoDate,
    permanentAddress: Type.Union([Type.String(), Type.Null()], {
      description: 'Address of the permanent residence, or null when the parent has none.',
    }),
  },
  { additionalProperties: false },
);

/** civil-status-service → residence-service: issue the PIN of a child being registered. */
export const IssuePinV1 = defineEvent({
  type: 'vn.gov.residence.issue-pin.v1',
  topic: TOPICS.residenceCommands,
  description:
    'Issue the PIN of a newborn: the population register checks the parents, draws a PIN never issued before and records the child as a resident. One PIN per requestId, however often this is delivered.',
  personalData: true,
  schema: Type.Object(
    {
      dossierId: DossierId,
      requestId: PinRequestId,
      provinceCode: ProvinceCodeSchema,
      fullName: Type.String({ minLength: 1, maxLength: 100 }),
      sex: Sex,
      dateOfBirth: IsoDate,
      motherPin: Pin,
      fatherPin: Type.Optional(Pin),
    },
    { additionalProperties: false },
  ),
});

/** residence-service → civil-status-service: the child's PIN, with the parents' particulars. */
export const PinIssuedV1 = defineEvent({
  type: 'vn.gov.residence.pin-issued.v1',
  topic: TOPICS.residenceRegisterReplies,
  description:
    "The child's PIN was issued. Carries the parents' particulars from the population register so civil status never asks the citizen for them.",
  personalData: true,
  schema: Type.Object(
    {
      dossierId: DossierId,
      requestId: PinRequestId,
      pin: Pin,
      mother: Parent,
      father: Type.Optional(Parent),
    },
    { additionalProperties: false },
  ),
});

/** Why the population register refuses to issue a PIN. */
export const PIN_REFUSAL_CODES = ['mother-unknown', 'father-unknown'] as const;

/** residence-service → civil-status-service: no PIN, and why. */
export const PinRefusedV1 = defineEvent({
  type: 'vn.gov.residence.pin-refused.v1',
  topic: TOPICS.residenceRegisterReplies,
  description: 'The population register refused to issue the PIN (a parent it does not know).',
  personalData: false,
  schema: Type.Object(
    {
      dossierId: DossierId,
      requestId: PinRequestId,
      code: Type.Union(PIN_REFUSAL_CODES.map((code) => Type.Literal(code))),
      reason: Reason,
    },
    { additionalProperties: false },
  ),
});

/** dossier-service → residence-service: register the child's permanent residence. */
export const RegisterPermanentResidenceV1 = defineEvent({
  type: 'vn.gov.residence.register-permanent-residence.v1',
  topic: TOPICS.residenceCommands,
  description:
    "Register the child's permanent residence where the chosen parent permanently resides (there are no household books any more).",
  personalData: true,
  schema: stepCommand({
    pin: Pin,
    birthRegistrationNumber: Type.String({ minLength: 1 }),
    withParent: Type.Union([Type.Literal('mother'), Type.Literal('father')]),
    motherPin: Pin,
    fatherPin: Type.Optional(Pin),
  }),
});

/** residence-service → dossier-service: the child now permanently resides with the parent. */
export const PermanentResidenceRegisteredV1 = defineEvent({
  type: 'vn.gov.residence.permanent-residence-registered.v1',
  topic: TOPICS.residenceEvents,
  description: 'The permanent residence is registered: the residence step is completed.',
  personalData: false,
  schema: stepCompleted(
    Type.Object(
      {
        confirmationNumber: Type.String({ minLength: 1 }),
      },
      { additionalProperties: false },
    ),
  ),
});

/** Why the permanent residence cannot be registered. */
export const PERMANENT_RESIDENCE_REJECTION_CODES = [
  'parent-without-permanent-residence',
  'parent-not-given',
  'child-unknown',
] as const;

/** residence-service → dossier-service: the permanent residence cannot be registered. */
export const PermanentResidenceRejectedV1 = defineEvent({
  type: 'vn.gov.residence.permanent-residence-rejected.v1',
  topic: TOPICS.residenceEvents,
  description:
    'The permanent residence cannot be registered, with the reason: the residence step is rejected.',
  personalData: false,
  schema: stepEnded(PERMANENT_RESIDENCE_REJECTION_CODES),
});

/** civil-status-service → residence-service: what the register knows of a person (a death to register). */
export const RequestResidentParticularsV1 = defineEvent({
  type: 'vn.gov.residence.request-resident-particulars.v1',
  topic: TOPICS.residenceCommands,
  description:
    "Ask the population register for a person's particulars (name, date of birth, alive or deceased), so the asking agency never asks the citizen for them.",
  personalData: true,
  schema: Type.Object(
    {
      dossierId: DossierId,
      requestId: Type.String({
        format: 'uuid',
        description: "The requester's id for this question.",
      }),
      pin: Pin,
    },
    { additionalProperties: false },
  ),
});

/** residence-service → the asking agency: the person's particulars, or that the PIN is unknown. */
export const ResidentParticularsV1 = defineEvent({
  type: 'vn.gov.residence.resident-particulars.v1',
  topic: TOPICS.residenceRegisterReplies,
  description:
    'The answer to request-resident-particulars: `resident` is null when the PIN is not in the register.',
  personalData: true,
  schema: Type.Object(
    {
      dossierId: DossierId,
      requestId: Type.String({ format: 'uuid' }),
      pin: Pin,
      resident: Type.Union([
        Type.Object(
          {
            fullName: Type.String({ minLength: 1 }),
            sex: Sex,
            dateOfBirth: IsoDate,
            status: Type.Union([Type.Literal('alive'), Type.Literal('deceased')]),
            householdId: Type.Union([Type.String(), Type.Null()]),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    },
    { additionalProperties: false },
  ),
});

/** dossier-service → residence-service: delete the permanent residence of a person who died. */
export const DeletePermanentResidenceV1 = defineEvent({
  type: 'vn.gov.residence.delete-permanent-residence.v1',
  topic: TOPICS.residenceCommands,
  description:
    'Delete the permanent residence of a deceased person and mark them deceased in the population register; the household keeps its other members.',
  personalData: true,
  schema: stepCommand({
    pin: Pin,
    dateOfDeath: IsoDate,
    deathRegistrationNumber: Type.String({ minLength: 1 }),
  }),
});

/** residence-service → dossier-service: the permanent residence is deleted. */
export const PermanentResidenceDeletedV1 = defineEvent({
  type: 'vn.gov.residence.permanent-residence-deleted.v1',
  topic: TOPICS.residenceEvents,
  description:
    'The person is recorded deceased and their permanent residence deleted: the residence-deletion step is completed.',
  personalData: false,
  schema: stepCompleted(
    Type.Object(
      { confirmationNumber: Type.String({ minLength: 1 }) },
      { additionalProperties: false },
    ),
  ),
});

/** residence-service → dossier-service: the permanent residence cannot be deleted. */
export const PermanentResidenceDeletionRejectedV1 = defineEvent({
  type: 'vn.gov.residence.permanent-residence-deletion-rejected.v1',
  topic: TOPICS.residenceEvents,
  description:
    'The person is not in the population register: the residence-deletion step is rejected.',
  personalData: false,
  schema: stepEnded(['resident-unknown'] as const),
});

export const RESIDENCE_EVENTS = [
  IssuePinV1,
  PinIssuedV1,
  PinRefusedV1,
  RegisterPermanentResidenceV1,
  PermanentResidenceRegisteredV1,
  PermanentResidenceRejectedV1,
  RequestResidentParticularsV1,
  ResidentParticularsV1,
  DeletePermanentResidenceV1,
  PermanentResidenceDeletedV1,
  PermanentResidenceDeletionRejectedV1,
] as const;
