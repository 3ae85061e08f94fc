import {
  BirthRegisteredV1,
  BirthRegistrationRejectedV1,
  ChildHealthInsuranceCardIssuedV1,
  ChildHealthInsuranceCardNotApplicableV1,
  CollectFeeV1,
  FeePaidV1,
  FeePaymentFailedV1,
  FeePaymentRequestedV1,
  FeeRefundedV1,
  IssueChildHealthInsuranceCardV1,
  PermanentResidenceRegisteredV1,
  PermanentResidenceRejectedV1,
  Pin,
  PROVINCE_CODES,
  RefundFeeV1,
  RegisterBirthV1,
  RegisterPermanentResidenceV1,
} from '@lienthong/contracts';
import { Type } from '@sinclair/typebox';
import type { ProcedureDefinition } from '../procedure-definition';

/**
 * One of a list of strings. An enum, not a union of literals: a wrong value then gives one error
 * that lists the allowed values, instead of one "must be equal to constant" per value.
 */
function OneOf<T extends string>(values: readonly T[], description?: string) {
  return Type.Unsafe<T>({
    type: 'string',
    enum: [...values],
    ...(description ? { description } : {}),
  });
}

/** The form of the birth group: parents by PIN only, everything else about them is on record. */
const BirthGroupForm = Type.Object(
  {
    child: Type.Object(
      {
        fullName: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
        sex: OneOf(['male', 'female'] as const),
        dateOfBirth: Type.String({
          format: 'date',
          // PINs encode births from 1900 on; the future is refused by a form check.
          formatMinimum: '1900-01-01',
          description: 'yyyy-mm-dd, from 1900-01-01, not in the future.',
        }),
        placeOfBirth: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
      },
      { additionalProperties: false },
    ),
    motherPin: Pin,
    fatherPin: Type.Optional(Pin),
    medicalBirthCertificateNo: Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' }),
    registrationAuthority: Type.Object(
      {
        provinceCode: OneOf(PROVINCE_CODES, '3-digit province code, as in PINs.'),
        communeCode: Type.String({ pattern: '^[0-9]{5}$', description: '5-digit commune code.' }),
      },
      { additionalProperties: false },
    ),
    residence: Type.Object(
      {
        withParent: OneOf(
          ['mother', 'father'] as const,
          'Whose permanent residence the child takes.',
        ),
      },
      { additionalProperties: false },
    ),
    certifiedCopies: Type.Integer({
      minimum: 0,
      maximum: 10,
      description: 'Paper copies of the birth extract wanted.',
    }),
  },
  {
    additionalProperties: false,
    // The child can only take the father's residence when the father is declared.
    if: {
      type: 'object',
      properties: {
        residence: { type: 'object', properties: { withParent: { const: 'father' } } },
      },
      required: ['residence'],
    },
    then: { properties: { fatherPin: { type: 'string' } }, required: ['fatherPin'] },
  },
);

/**
 * Birth registration + permanent-residence registration + health-insurance card for a child under
 * 6, as one interconnected procedure.
 */
export const BIRTH_REGISTRATION_BUNDLE: ProcedureDefinition = {
  code: 'birth-registration-bundle',
  name: 'Birth registration, permanent residence and health-insurance card for a child under 6',
  legalBasis: [
    'Decree 63/2024/ND-CP (interconnected procedures), in force from 2024-07-01',
    'Resolution 97/NQ-CP (2023), pilot',
    'Law on Civil Status 2014, Art. 13-17',
    'Law on Residence 2020, Art. 20',
    'Decree 146/2018/ND-CP, Art. 13 (health-insurance card of children under 6)',
    'Circular 85/2019/TT-BTC (fees for certified copies of civil-status extracts)',
  ],
  form: BirthGroupForm,
  formChecks: [
    {
      kind: 'not-in-future',
      pointer: '/child/dateOfBirth',
      detail: 'must not be in the future (Vietnam time)',
    },
    {
      kind: 'distinct',
      pointers: ['/motherPin', '/fatherPin'],
      detail: "must differ from the mother's PIN",
    },
  ],
  fee: {
    description: 'Certified copies of the birth certificate extract',
    quantityPointer: '/certifiedCopies',
    rules: [
      {
        effectiveFrom: '2024-07-01',
        unitAmount: 8000,
        currency: 'VND',
        onlineReduction: { percent: 50 },
      },
    ],
  },
  principalStep: 'birth',
  steps: [
    {
      key: 'fee',
      agency: 'payment-service',
      name: 'Fee for certified copies',
      needs: [],
      onlyWhenFeeDue: true,
      deadlineWorkingDays: 1,
      command: CollectFeeV1,
      input: {
        procedure: '/procedure',
        amount: '/fee/amount',
        currency: '/fee/currency',
        description: '/fee/description',
        'payer/pin': '/applicant/pin',
        'payer/email': '/applicant/email',
      },
      outcomes: {
        [FeePaymentRequestedV1.type]: 'in_progress',
        [FeePaidV1.type]: 'completed',
        [FeePaymentFailedV1.type]: 'rejected',
      },
      compensation: {
        command: RefundFeeV1,
        input: { paymentId: '/steps/fee/result/paymentId' },
        completedBy: [FeeRefundedV1.type],
        reason: 'The dossier was rejected after the fee was paid: the fee is refunded.',
      },
    },
    {
      key: 'birth',
      agency: 'civil-status-service',
      name: 'Birth registration',
      needs: ['fee'],
      deadlineWorkingDays: 1,
      command: RegisterBirthV1,
      input: {
        child: '/data/child',
        motherPin: '/data/motherPin',
        fatherPin: '/data/fatherPin',
        medicalBirthCertificateNo: '/data/medicalBirthCertificateNo',
        registrationAuthority: '/data/registrationAuthority',
        applicantPin: '/applicant/pin',
      },
      outcomes: {
        [BirthRegisteredV1.type]: 'completed',
        [BirthRegistrationRejectedV1.type]: 'rejected',
      },
    },
    {
      key: 'residence',
      agency: 'residence-service',
      name: 'Permanent residence registration',
      needs: ['birth'],
      deadlineWorkingDays: 2,
      command: RegisterPermanentResidenceV1,
      input: {
        pin: '/steps/birth/result/pin',
        birthRegistrationNumber: '/steps/birth/result/registrationNumber',
        withParent: '/data/residence/withParent',
        motherPin: '/data/motherPin',
        fatherPin: '/data/fatherPin',
      },
      outcomes: {
        [PermanentResidenceRegisteredV1.type]: 'completed',
        [PermanentResidenceRejectedV1.type]: 'rejected',
      },
    },
    {
      key: 'insurance',
      agency: 'social-insurance-service',
      name: 'Health-insurance card for a child under 6',
      needs: ['birth'],
      deadlineWorkingDays: 2,
      command: IssueChildHealthInsuranceCardV1,
      input: {
        pin: '/steps/birth/result/pin',
        fullName: '/data/child/fullName',
        sex: '/data/child/sex',
        dateOfBirth: '/data/child/dateOfBirth',
      },
      outcomes: {
        [ChildHealthInsuranceCardIssuedV1.type]: 'completed',
        [ChildHealthInsuranceCardNotApplicableV1.type]: 'not_applicable',
      },
    },
  ],
};
