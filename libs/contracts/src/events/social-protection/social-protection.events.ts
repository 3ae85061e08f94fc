import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../envelope';
import { TOPICS } from '../../topics';
import {
  BenefitPaid,
  IsoDate,
  Payee,
  Pin,
  stepCommand,
  stepCompleted,
  stepEnded,
  Vnd,
} from '../shared-schemas';

/** dossier-service → social-protection-service: pay funeral-expense support, if due. */
export const PayFuneralSupportV1 = defineEvent({
  type: 'vn.gov.social-protection.pay-funeral-support.v1',
  topic: TOPICS.socialProtectionCommands,
  description:
    'Pay funeral-expense support for a deceased monthly social-assistance beneficiary, unless an overlapping funeral benefit at least as large was paid. At most one per dossier.',
  personalData: true,
  schema: stepCommand({
    deceasedPin: Pin,
    dateOfDeath: IsoDate,
    payee: Payee,
    otherFuneralBenefitPaid: Type.Optional(
      Type.Object(
        { amount: Vnd },
        {
          additionalProperties: false,
          description: 'The funeral allowance paid for the same death, when one was.',
        },
      ),
    ),
  }),
});

/** social-protection-service → dossier-service: the support was paid. */
export const FuneralSupportPaidV1 = defineEvent({
  type: 'vn.gov.social-protection.funeral-support-paid.v1',
  topic: TOPICS.socialProtectionEvents,
  description:
    'The funeral-expense support reached the applicant: the funeral-support step is completed.',
  personalData: false,
  schema: stepCompleted(BenefitPaid),
});

/** social-protection-service → dossier-service: no support is due. */
export const FuneralSupportNotApplicableV1 = defineEvent({
  type: 'vn.gov.social-protection.funeral-support-not-applicable.v1',
  topic: TOPICS.socialProtectionEvents,
  description:
    'The deceased was not a monthly social-assistance beneficiary, or a funeral benefit at least as large was already paid: the step is not applicable.',
  personalData: false,
  schema: stepEnded(['not-a-beneficiary', 'higher-benefit-paid'] as const),
});

/** social-protection-service → dossier-service: the support is due but could not be paid. */
export const FuneralSupportFailedV1 = defineEvent({
  type: 'vn.gov.social-protection.funeral-support-failed.v1',
  topic: TOPICS.socialProtectionEvents,
  description: 'The support is due but the payout failed (the bank refused it): the step failed.',
  personalData: false,
  schema: stepEnded(['payout-failed'] as const),
});

export const SOCIAL_PROTECTION_EVENTS = [
  PayFuneralSupportV1,
  FuneralSupportPaidV1,
  FuneralSupportNotApplicableV1,
  FuneralSupportFailedV1,
] as const;
