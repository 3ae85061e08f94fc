import { Type, type TObject, type TProperties } from '@sinclair/typebox';

/**
 * Schema pieces shared by the event types. Every command a dossier step sends and every outcome an
 * agency answers carries `dossierId` and `step`, so the orchestrator can route outcomes back to the
 * step that asked without knowing any agency.
 */

export const DossierId = Type.String({ format: 'uuid', description: 'The dossier id.' });

export const StepKey = Type.String({
  pattern: '^[a-z][a-z0-9-]*$',
  description: 'The step of the dossier this message is about, e.g. "birth".',
});

export const Pin = Type.String({
  pattern: '^[0-9]{12}$',
  description: 'Personal identification number: 12 digits.',
});

export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, yyyy-mm-dd.' });

export const Sex = Type.Union([Type.Literal('male'), Type.Literal('female')]);

export const ProvinceCodeSchema = Type.String({
  pattern: '^[0-9]{3}$',
  description: '3-digit province code, as in PINs.',
});

export const Vnd = Type.Integer({ minimum: 0, description: 'Amount in whole Vietnamese dong.' });

export const Currency = Type.Literal('VND');

export const Reason = Type.String({
  minLength: 1,
  description: 'Why, in words the citizen can read.',
});

/** A command from a dossier step to an agency: `dossierId`, `step`, then the step's own fields. */
export function stepCommand<P extends TProperties>(properties: P) {
  return Type.Object(
    { dossierId: DossierId, step: StepKey, ...properties },
    { additionalProperties: false },
  );
}

/** An agency's outcome that completes a step with a result. */
export function stepCompleted<R extends TObject>(result: R) {
  return Type.Object(
    { dossierId: DossierId, step: StepKey, result },
    { additionalProperties: false },
  );
}

/** An agency's outcome that ends a step without a result: rejected, failed or not applicable. */
export function stepEnded<C extends readonly string[]>(codes: C) {
  return Type.Object(
    {
      dossierId: DossierId,
      step: StepKey,
      code: Type.Union(
        codes.map((code) => Type.Literal(code)),
        { description: 'Machine-readable reason code.' },
      ),
      reason: Reason,
    },
    { additionalProperties: false },
  );
}

/** A bank account benefits are paid to (Vietnamese banks: NAPAS bank code). */
export const BankAccount = Type.Object(
  {
    bankCode: Type.String({
      pattern: '^[0-9]{6}$',
      description: 'NAPAS bank identification number.',
    }),
    accountNumber: Type.String({ pattern: '^[0-9]{6,19}$' }),
    accountName: Type.String({ minLength: 1, maxLength: 100 }),
  },
  { additionalProperties: false },
);

/** Who receives a benefit: the applicant, by PIN, and where to pay. */
export const Payee = Type.Object(
  {
    pin: Pin,
    fullName: Type.String({ minLength: 1 }),
    bankAccount: BankAccount,
  },
  { additionalProperties: false },
);

/** A benefit paid for a step: what the step's result says. */
export const BenefitPaid = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, description: 'Whole VND.' }),
    currency: Currency,
    paymentId: Type.String({ format: 'uuid', description: 'Id in GET /v1/payments/{id}.' }),
  },
  { additionalProperties: false },
);
