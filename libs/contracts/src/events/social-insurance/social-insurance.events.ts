import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../envelope';
import { TOPICS } from '../../topics';
import {
  BenefitPaid,
  IsoDate,
  Payee,
  Pin,
  Sex,
  stepCommand,
  stepCompleted,
  stepEnded,
} from '../shared-schemas';

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

/** dossier-service → social-insurance-service: pay the funeral allowance, if the deceased is entitled. */
export const PayFuneralAllowanceV1 = defineEvent({
  type: 'vn.gov.social-insurance.pay-funeral-allowance.v1',
  topic: TOPICS.socialInsuranceCommands,
  description:
    'Pay the funeral allowance for a deceased pensioner or participant with at least 12 months of compulsory contributions, to the applicant, through payment-service. At most one per dossier.',
  personalData: true,
  schema: stepCommand({ deceasedPin: Pin, dateOfDeath: IsoDate, payee: Payee }),
});

/** social-insurance-service → dossier-service: the allowance was paid. */
export const FuneralAllowancePaidV1 = defineEvent({
  type: 'vn.gov.social-insurance.funeral-allowance-paid.v1',
  topic: TOPICS.socialInsuranceEvents,
  description:
    'The funeral allowance reached the applicant: the funeral-allowance step is completed.',
  personalData: false,
  schema: stepCompleted(BenefitPaid),
});

/** social-insurance-service → dossier-service: the deceased was not entitled. */
export const FuneralAllowanceNotApplicableV1 = defineEvent({
  type: 'vn.gov.social-insurance.funeral-allowance-not-applicable.v1',
  topic: TOPICS.socialInsuranceEvents,
  description:
    'The deceased was neither a pensioner nor a participant with 12 months of compulsory contributions: the step is not applicable.',
  personalData: false,
  schema: stepEnded(['not-in-register', 'insufficient-contributions', 'already-granted'] as const),
});

/** social-insurance-service → dossier-service: the allowance is due but could not be paid. */
export const FuneralAllowanceFailedV1 = defineEvent({
  type: 'vn.gov.social-insurance.funeral-allowance-failed.v1',
  topic: TOPICS.socialInsuranceEvents,
  description: 'The allowance is due but the payout failed (the bank refused it): the step failed.',
  personalData: false,
  schema: stepEnded(['payout-failed'] as const),
});

export const SOCIAL_INSURANCE_EVENTS = [
  IssueChildHealthInsuranceCardV1,
  ChildHealthInsuranceCardIssuedV1,
  ChildHealthInsuranceCardNotApplicableV1,
  PayFuneralAllowanceV1,
  FuneralAllowancePaidV1,
  FuneralAllowanceNotApplicableV1,
  FuneralAllowanceFailedV1,
] as const;
