import {
  DeathRegisteredV1,
  DeathRegistrationRejectedV1,
  DeletePermanentResidenceV1,
  FuneralAllowanceFailedV1,
  FuneralAllowanceNotApplicableV1,
  FuneralAllowancePaidV1,
  FuneralSupportFailedV1,
  FuneralSupportNotApplicableV1,
  FuneralSupportPaidV1,
  PayFuneralAllowanceV1,
  PayFuneralSupportV1,
  PermanentResidenceDeletedV1,
  PermanentResidenceDeletionRejectedV1,
  Pin,
  RegisterDeathV1,
} from '@lienthong/contracts';
import { Type } from '@sinclair/typebox';
import type { ProcedureDefinition } from '../procedure-definition';

/** The form of the death group: the deceased by PIN only; the register knows the rest. */
const DeathGroupForm = Type.Object(
  {
    deceasedPin: Pin,
    dateOfDeath: Type.String({
      format: 'date',
      formatMinimum: '1900-01-01',
      description: 'yyyy-mm-dd, not in the future.',
    }),
    placeOfDeath: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    medicalDeathCertificateNo: Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' }),
  },
  { additionalProperties: false },
);

/** Where benefits go: the applicant, by PIN, to the bank account given with the dossier. */
const PAYEE = {
  'payee/pin': '/applicant/pin',
  'payee/fullName': '/applicant/fullName',
  'payee/bankAccount': '/applicant/bankAccount',
} as const;

/**
 * Death registration + deletion of permanent residence + funeral allowance (social insurance) +
 * funeral-expense support (social protection), as one interconnected procedure.
 */
export const DEATH_REGISTRATION_BUNDLE: ProcedureDefinition = {
  code: 'death-registration-bundle',
  name: 'Death registration, deletion of permanent residence, funeral allowance and funeral-expense support',
  legalBasis: [
    'Decree 63/2024/ND-CP (interconnected procedures), in force from 2024-07-01',
    'Resolution 97/NQ-CP (2023), pilot',
    'Law on Civil Status 2014, Art. 32-34 (death registration)',
    'Law on Residence 2020, Art. 24 (deletion of permanent residence)',
    'Law on Social Insurance (funeral allowance: 10 x the reference level)',
    'Decree 20/2021/ND-CP, Art. 11 (funeral-expense support: 20 x the standard social-assistance level); Decree 76/2024/ND-CP (standard level)',
  ],
  form: DeathGroupForm,
  formChecks: [
    {
      kind: 'not-in-future',
      pointer: '/dateOfDeath',
      detail: 'must not be in the future (Vietnam time)',
    },
  ],
  requiredApplicantFields: ['bankAccount'],
  principalStep: 'death',
  steps: [
    {
      key: 'death',
      agency: 'civil-status-service',
      name: 'Death registration',
      needs: [],
      deadlineWorkingDays: 1,
      command: RegisterDeathV1,
      input: {
        deceasedPin: '/data/deceasedPin',
        dateOfDeath: '/data/dateOfDeath',
        placeOfDeath: '/data/placeOfDeath',
        medicalDeathCertificateNo: '/data/medicalDeathCertificateNo',
        applicantPin: '/applicant/pin',
        applicantRelationship: '/applicant/relationship',
      },
      outcomes: {
        [DeathRegisteredV1.type]: 'completed',
        [DeathRegistrationRejectedV1.type]: 'rejected',
      },
    },
    {
      key: 'residence-deletion',
      agency: 'residence-service',
      name: 'Deletion of permanent residence',
      needs: ['death'],
      deadlineWorkingDays: 2,
      command: DeletePermanentResidenceV1,
      input: {
        pin: '/data/deceasedPin',
        dateOfDeath: '/data/dateOfDeath',
        deathRegistrationNumber: '/steps/death/result/registrationNumber',
      },
      outcomes: {
        [PermanentResidenceDeletedV1.type]: 'completed',
        [PermanentResidenceDeletionRejectedV1.type]: 'rejected',
      },
    },
    {
      key: 'funeral-allowance',
      agency: 'social-insurance-service',
      name: 'Funeral allowance',
      needs: ['death'],
      deadlineWorkingDays: 5,
      command: PayFuneralAllowanceV1,
      input: { deceasedPin: '/data/deceasedPin', dateOfDeath: '/data/dateOfDeath', ...PAYEE },
      outcomes: {
        [FuneralAllowancePaidV1.type]: 'completed',
        [FuneralAllowanceNotApplicableV1.type]: 'not_applicable',
        [FuneralAllowanceFailedV1.type]: 'failed',
      },
    },
    {
      key: 'funeral-support',
      agency: 'social-protection-service',
      name: 'Funeral-expense support',
      // After the allowance: a family receives only the higher of overlapping funeral benefits.
      needs: ['funeral-allowance'],
      deadlineWorkingDays: 7,
      command: PayFuneralSupportV1,
      input: {
        deceasedPin: '/data/deceasedPin',
        dateOfDeath: '/data/dateOfDeath',
        ...PAYEE,
        'otherFuneralBenefitPaid/amount': '/steps/funeral-allowance/result/amount',
      },
      outcomes: {
        [FuneralSupportPaidV1.type]: 'completed',
        [FuneralSupportNotApplicableV1.type]: 'not_applicable',
        [FuneralSupportFailedV1.type]: 'failed',
      },
    },
  ],
};
