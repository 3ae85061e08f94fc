import { Logger } from '@nestjs/common';
import {
  BenefitPaidV1,
  BenefitPayoutFailedV1,
  PayFuneralAllowanceV1,
  type CloudEvent,
} from '@lienthong/contracts';
import {
  newEvent,
  PermanentHandlerError,
  type HandlerContext,
  type OutgoingEvent,
} from '@lienthong/messaging';
import { FixedClock } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import type { InsuranceRegisterLoader } from '../insurance-register/insurance-register.loader';
import type { InsuranceRegisterRepository } from '../insurance-register/insurance-register.repository';
import type { InsuredPersonEntity } from '../insurance-register/insured-person.entity';
import { GRANTED_STATUSES } from './domain/funeral-allowance-status';
import type { FuneralAllowanceEntity } from './funeral-allowance.entity';
import type { FuneralAllowanceRepository, PayoutSettlement } from './funeral-allowance.repository';
import { FuneralAllowanceService } from './funeral-allowance.service';

const DOSSIER = '5b0f7a52-3c0e-4d8f-9a43-3f1e5a8e0b11';
const OTHER_DOSSIER = '9d6c2f0e-1b7a-4c39-9a57-0d3c1b2a4e5f';
const PAYMENT = '3f0c1e1a-8d7b-4c2a-9e5f-6a7b8c9d0e1f';
const PENSIONER = '079055000003';
const SIX_MONTHS = '001088356451';
const NOW = new Date('2026-11-23T03:00:00Z');

/** The decisions in memory, with the table's two unique keys. */
class InMemoryAllowances implements Pick<
  FuneralAllowanceRepository,
  'findByDossierStepInTx' | 'lockByDossierStepInTx' | 'insertIfAbsentInTx' | 'settleInTx'
> {
  readonly rows: FuneralAllowanceEntity[] = [];

  findByDossierStepInTx(dossierId: string, step: string): Promise<FuneralAllowanceEntity | null> {
    const row = this.rows.find((r) => r.dossierId === dossierId && r.step === step);
    return Promise.resolve(row ? { ...row } : null);
  }

  lockByDossierStepInTx(dossierId: string, step: string): Promise<FuneralAllowanceEntity | null> {
    return this.findByDossierStepInTx(dossierId, step);
  }

  insertIfAbsentInTx(allowance: FuneralAllowanceEntity): Promise<boolean> {
    const granted = (row: FuneralAllowanceEntity): boolean =>
      (GRANTED_STATUSES as readonly string[]).includes(row.status);
    const conflict = this.rows.some(
      (row) =>
        (row.dossierId === allowance.dossierId && row.step === allowance.step) ||
        (granted(allowance) && granted(row) && row.deceasedPin === allowance.deceasedPin),
    );
    if (!conflict) this.rows.push({ ...allowance });
    return Promise.resolve(!conflict);
  }

  settleInTx(id: string, settlement: PayoutSettlement): Promise<void> {
    const row = this.rows.find((r) => r.id === id && r.status === 'awaiting_payout');
    if (row) {
      row.status = settlement.status;
      row.paymentId = settlement.paymentId;
      row.settledAt = settlement.at;
      if (settlement.status === 'payout_failed') {
        row.payoutFailureCode = settlement.code;
        row.reason = settlement.reason;
      }
    }
    return Promise.resolve();
  }
}

function command(deceasedPin: string, dossierId = DOSSIER, dateOfDeath = '2026-11-20') {
  return newEvent(PayFuneralAllowanceV1, {
    subject: dossierId,
    data: {
      dossierId,
      step: 'funeral-allowance',
      deceasedPin,
      dateOfDeath,
      payee: {
        pin: '079190000001',
        fullName: 'Nguyen Thi Lan',
        bankAccount: {
          bankCode: '970436',
          accountNumber: '0071000123456',
          accountName: 'NGUYEN THI LAN',
        },
      },
    },
    correlationId: `corr-${dossierId}`,
    source: 'dossier-service',
  });
}

function benefitPaid(amount = 23_400_000, step = 'funeral-allowance', dossierId = DOSSIER) {
  return newEvent(BenefitPaidV1, {
    subject: dossierId,
    data: { dossierId, step, paymentId: PAYMENT, amount, currency: 'VND' },
    correlationId: `corr-${dossierId}`,
    source: 'payment-service',
  });
}

function payoutFailed(dossierId = DOSSIER) {
  return newEvent(BenefitPayoutFailedV1, {
    subject: dossierId,
    data: {
      dossierId,
      step: 'funeral-allowance',
      paymentId: PAYMENT,
      code: 'invalid-account',
      reason: 'The bank account does not exist.',
    },
    correlationId: `corr-${dossierId}`,
    source: 'payment-service',
  });
}

describe('FuneralAllowanceService', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  let allowances: InMemoryAllowances;
  let register: Map<string, InsuredPersonEntity>;
  let emitted: OutgoingEvent[];
  let context: HandlerContext;
  let sut: FuneralAllowanceService;

  beforeEach(() => {
    allowances = new InMemoryAllowances();
    register = new Map([
      [
        PENSIONER,
        { pin: PENSIONER, kind: 'pensioner', contributionMonths: 384, since: '2015-03-01' },
      ],
      [
        SIX_MONTHS,
        { pin: SIX_MONTHS, kind: 'participant', contributionMonths: 6, since: '2025-03-01' },
      ],
    ]);
    emitted = [];
    context = {
      manager: {} as EntityManager,
      consumerGroup: 'social-insurance-service',
      emit: (events) => {
        emitted.push(...events);
        return Promise.resolve();
      },
    };
    const registerRepository: Pick<InsuranceRegisterRepository, 'findByPinInTx'> = {
      findByPinInTx: (pin) => Promise.resolve(register.get(pin) ?? null),
    };
    const loader: Pick<InsuranceRegisterLoader, 'whenLoaded'> = {
      whenLoaded: () => Promise.resolve(),
    };
    sut = new FuneralAllowanceService(
      allowances as unknown as FuneralAllowanceRepository,
      registerRepository as InsuranceRegisterRepository,
      loader as InsuranceRegisterLoader,
      new FixedClock(NOW),
    );
  });

  function events(): CloudEvent[] {
    return emitted.splice(0).map(({ event }) => event);
  }

  it('grants a pensioner 10 x the reference level and asks payment-service to pay the payee, in one transaction', async () => {
    const cause = command(PENSIONER);

    await expect(sut.payInTx(cause, context)).resolves.toBe('applied');

    expect(emitted).toHaveLength(1);
    expect(emitted[0].topic).toBe('payment.commands');
    expect(emitted[0].event).toMatchObject({
      type: 'vn.gov.payment.pay-benefit.v1',
      subject: DOSSIER,
      correlationid: cause.correlationid,
      causationid: cause.id,
      source: '/lienthong/social-insurance-service',
      data: {
        dossierId: DOSSIER,
        step: 'funeral-allowance',
        agency: 'social-insurance-service',
        benefit: 'funeral-allowance',
        amount: 23_400_000,
        currency: 'VND',
        payee: cause.data.payee,
        description: expect.stringContaining('2,340,000 VND') as string,
      },
    });
    expect(allowances.rows).toMatchObject([
      {
        dossierId: DOSSIER,
        deceasedPin: PENSIONER,
        status: 'awaiting_payout',
        amount: 23_400_000,
        referenceLevel: 2_340_000,
        referenceLevelMultiple: 10,
        decidedAt: NOW,
      },
    ]);
  });

  it('answers a command re-sent while the payout is in flight with nothing, and asks for no second payout', async () => {
    await sut.payInTx(command(PENSIONER), context);
    events();

    await expect(sut.payInTx(command(PENSIONER), context)).resolves.toBe('skipped');

    expect(emitted).toHaveLength(0);
    expect(allowances.rows).toHaveLength(1);
  });

  it('completes the step when payment-service paid, once, and answers a later re-send with the same payment', async () => {
    await sut.payInTx(command(PENSIONER), context);
    events();

    await expect(sut.completePaidInTx(benefitPaid(), context)).resolves.toBe('applied');
    const [paid] = events();
    await expect(sut.completePaidInTx(benefitPaid(), context)).resolves.toBe('skipped');
    await sut.payInTx(command(PENSIONER), context);

    const expected = {
      type: 'vn.gov.social-insurance.funeral-allowance-paid.v1',
      data: {
        dossierId: DOSSIER,
        step: 'funeral-allowance',
        result: { amount: 23_400_000, currency: 'VND', paymentId: PAYMENT },
      },
    };
    expect(paid).toMatchObject(expected);
    expect(events()).toMatchObject([expected]);
    expect(allowances.rows[0]).toMatchObject({ status: 'paid', paymentId: PAYMENT });
  });

  it("skips payment-service's answers about another agency's step of the same dossier", async () => {
    await sut.payInTx(command(PENSIONER), context);
    events();

    await expect(
      sut.completePaidInTx(benefitPaid(10_000_000, 'funeral-support'), context),
    ).resolves.toBe('skipped');

    expect(emitted).toHaveLength(0);
    expect(allowances.rows[0].status).toBe('awaiting_payout');
  });

  it('dead-letters a payout of another amount than granted', async () => {
    await sut.payInTx(command(PENSIONER), context);
    events();

    await expect(sut.completePaidInTx(benefitPaid(10_000_000), context)).rejects.toBeInstanceOf(
      PermanentHandlerError,
    );
  });

  it("fails the step with the bank's reason, and answers a re-send the same way", async () => {
    await sut.payInTx(command(PENSIONER), context);
    events();

    await expect(sut.failPayoutInTx(payoutFailed(), context)).resolves.toBe('applied');
    await sut.payInTx(command(PENSIONER), context);

    const expected = {
      type: 'vn.gov.social-insurance.funeral-allowance-failed.v1',
      data: {
        dossierId: DOSSIER,
        step: 'funeral-allowance',
        code: 'payout-failed',
        reason:
          'The funeral allowance of 23,400,000 VND is due but could not be paid: The bank account does not exist.',
      },
    };
    expect(events()).toMatchObject([expected, expected]);
    expect(allowances.rows[0]).toMatchObject({
      status: 'payout_failed',
      payoutFailureCode: 'invalid-account',
    });
  });

  it('answers not applicable for a participant with 6 months, and answers a re-send the same way even if the register changed', async () => {
    await expect(sut.payInTx(command(SIX_MONTHS), context)).resolves.toBe('applied');
    register.set(SIX_MONTHS, {
      pin: SIX_MONTHS,
      kind: 'participant',
      contributionMonths: 24,
      since: '2025-03-01',
    });
    await sut.payInTx(command(SIX_MONTHS), context);

    const expected = {
      type: 'vn.gov.social-insurance.funeral-allowance-not-applicable.v1',
      data: {
        dossierId: DOSSIER,
        step: 'funeral-allowance',
        code: 'insufficient-contributions',
        reason:
          'The deceased had 6 months of compulsory social-insurance contributions; the funeral allowance needs at least 12 months, or a pension.',
      },
    };
    expect(events()).toMatchObject([expected, expected]);
    expect(allowances.rows).toMatchObject([{ status: 'not_applicable', amount: null }]);
  });

  it('answers not applicable for someone not in the register', async () => {
    await sut.payInTx(command('079092000006'), context);

    expect(events()).toMatchObject([
      {
        data: { code: 'not-in-register', reason: expect.stringContaining('not in the') as string },
      },
    ]);
  });

  it('grants the allowance of a death once: another dossier for it is not applicable and pays nothing', async () => {
    await sut.payInTx(command(PENSIONER), context);
    events();

    await expect(sut.payInTx(command(PENSIONER, OTHER_DOSSIER), context)).resolves.toBe('applied');

    expect(events()).toMatchObject([
      {
        type: 'vn.gov.social-insurance.funeral-allowance-not-applicable.v1',
        subject: OTHER_DOSSIER,
        data: {
          dossierId: OTHER_DOSSIER,
          reason:
            'The funeral allowance for this death was already granted in another dossier; it is paid once per death.',
        },
      },
    ]);
    expect(allowances.rows.map((row) => [row.dossierId, row.status, row.refusalCode])).toEqual([
      [DOSSIER, 'awaiting_payout', null],
      [OTHER_DOSSIER, 'not_applicable', 'already-granted'],
    ]);
  });

  it('lets another dossier claim an allowance whose payout failed, since nothing was paid', async () => {
    await sut.payInTx(command(PENSIONER), context);
    await sut.failPayoutInTx(payoutFailed(), context);
    events();

    await sut.payInTx(command(PENSIONER, OTHER_DOSSIER), context);

    expect(events()).toMatchObject([
      { type: 'vn.gov.payment.pay-benefit.v1', data: { dossierId: OTHER_DOSSIER } },
    ]);
  });

  it('dead-letters a death before the first reference level of the table without quoting the date, and decides nothing', async () => {
    const failure = sut.payInTx(command(PENSIONER, DOSSIER, '2019-06-30'), context);

    await expect(failure).rejects.toBeInstanceOf(PermanentHandlerError);
    await expect(failure).rejects.toThrow('FUNERAL_ALLOWANCE_NO_REFERENCE_LEVEL');
    await expect(failure).rejects.not.toThrow('2019-06-30');
    expect(emitted).toHaveLength(0);
    expect(allowances.rows).toHaveLength(0);
  });
});
