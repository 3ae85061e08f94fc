import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../envelope';
import { TOPICS } from '../../topics';
import { IsoDate, Pin, Sex, stepCommand, stepCompleted, stepEnded } from '../shared-schemas';

/** dossier-service → social-insurance-service: issue the health-insurance card of a young child. */
export const IssueChildHealthInsuranceCardV1 = defineEvent({
  type: 'vn.gov.social-insurance.issue-child-health-insurance-card.v1',
  topic: TOPICS.socialInsuranceCommands,
  description:
    'Issue the state-paid health-insurance card of a child under 6; the card number is the PIN. One card per child, however often this is delivered.',
  personalData: true,
  schema: stepCommand({
    pin: Pin,
    fullName: Type.String({ minLength: 1, maxLength: 100 }),
    sex: Sex,
    dateOfBirth: IsoDate,
  }),
});

/** social-insurance-service → dossier-service: the card is issued. */
export const ChildHealthInsuranceCardIssuedV1 = defineEvent({
  type: 'vn.gov.social-insurance.child-health-insurance-card-issued.v1',
  topic: TOPICS.socialInsuranceEvents,
  description: 'The card is issued: the insurance step is completed.',
  personalData: true,
  schema: stepCompleted(
    Type.Object(
      {
        cardNumber: Pin,
        category: Type.String({
          minLength: 1,
          description: 'Beneficiary category, TE for children.',
        }),
        benefitLevel: Type.Integer({ minimum: 1, maximum: 5 }),
        validFrom: IsoDate,
        validTo: IsoDate,
      },
      { additionalProperties: false },
    ),
  ),
});

/** social-insurance-service → dossier-service: the child is not eligible (6 or older). */
export const ChildHealthInsuranceCardNotApplicableV1 = defineEvent({
  type: 'vn.gov.social-insurance.child-health-insurance-card-not-applicable.v1',
  topic: TOPICS.socialInsuranceEvents,
  description:
    'The card rule does not apply (the child is 6 or older): the insurance step is not applicable.',
  personalData: false,
  schema: stepEnded(['child-too-old'] as const),
});

export const SOCIAL_INSURANCE_EVENTS = [
  IssueChildHealthInsuranceCardV1,
  ChildHealthInsuranceCardIssuedV1,
  ChildHealthInsuranceCardNotApplicableV1,
] as const;
