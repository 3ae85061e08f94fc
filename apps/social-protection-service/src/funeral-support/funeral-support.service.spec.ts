import { Logger } from '@nestjs/common';
import { BenefitPaidV1, PayFuneralSupportV1 } from '@lienthong/contracts';
import {
  newEvent,
  PermanentHandlerError,
  type HandlerContext,
  type OutgoingEvent,
} from '@lienthong/messaging';
import { FixedClock } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import type { BeneficiaryRegisterLoader } from '../beneficiary-register/beneficiary-register.loader';
import type { BeneficiaryRegisterRepository } from '../beneficiary-register/beneficiary-register.repository';
import { BeneficiaryEntity } from '../beneficiary-register/beneficiary.entity';
import { FuneralSupportEntity } from './funeral-support.entity';
import type { FuneralSupportRepository, NewFuneralSupport } from './funeral-support.repository';
import { FuneralSupportService } from './funeral-support.service';

const DOSSIER = '5b0f7a52-3c0e-4d8f-9a43-3f1e5a8e0b11';
const OTHER_DOSSIER = '9d6c2f0e-1b7a-4c39-9a57-0d3c1b2a4e5f';
const HOA = '079158000005';
const NOW = new Date('2026-11-21T03:00:00Z');

/**
 * The decisions in memory, with the table's two unique rules. `raceWinner` plays a transaction
 * that committed its row between this one's read and its insert.
 */
class InMemorySupports implements Pick<
  FuneralSupportRepository,
  | 'findByDossierInTx'
  | 'lockByDossierInTx'
  | 'findHeldForDeceasedInTx'
  | 'insertIfAbsentInTx'
  | 'markPaidInTx'
  | 'markFailedInTx'
> {
  readonly rows: FuneralSupportEntity[] = [];
  raceWinner: FuneralSupportEntity | undefined;

  findByDossierInTx(dossierId: string): Promise<FuneralSupportEntity | null> {
    return Promise.resolve(this.rows.find((row) => row.dossierId === dossierId) ?? null);
  }

  lockByDossierInTx(dossierId: string): Promise<FuneralSupportEntity | null> {
    return this.findByDossierInTx(dossierId);
  }

  findHeldForDeceasedInTx(deceasedPin: string): Promise<FuneralSupportEntity | null> {
    return Promise.resolve(this.rows.find((row) => this.holds(row, deceasedPin)) ?? null);
  }

  insertIfAbsentInTx(row: NewFuneralSupport): Promise<boolean> {
    if (this.raceWinner) this.rows.push(this.raceWinner);
    this.raceWinner = undefined;
    const conflict = this.rows.some(
      (existing) =>
        existing.dossierId === row.dossierId ||
        (row.status === 'awaiting_payout' && this.holds(existing, row.deceasedPin)),
    );
    if (conflict) return Promise.resolve(false);
    this.rows.push(
      Object.assign(new FuneralSupportEntity(), row, { paymentId: null, settledAt: null }),
    );
    return Promise.resolve(true);
  }

  markPaidInTx(id: string, payout: { paymentId: string; at: Date }): Promise<void> {
    Object.assign(this.rows.find((row) => row.id === id) ?? {}, {
      status: 'paid',
      paymentId: payout.paymentId,
      settledAt: payout.at,
    });
    return Promise.resolve();
  }

  markFailedInTx(): Promise<void> {
    return Promise.reject(new Error('not used'));
  }

  private holds(row: FuneralSupportEntity, deceasedPin: string): boolean {
    return (
      row.deceasedPin === deceasedPin && (row.status === 'awaiting_payout' || row.status === 'paid')
    );
  }
}

function command(dossierId = DOSSIER, deceasedPin = HOA, dateOfDeath = '2026-11-20') {
  return newEvent(PayFuneralSupportV1, {
    subject: dossierId,
    data: {
      dossierId,
      step: 'funeral-support',
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

function awaiting(overrides: Partial<FuneralSupportEntity> = {}): FuneralSupportEntity {
  return Object.assign(new FuneralSupportEntity(), {
    id: 'e1c3a1f4-6f0b-4b8e-9a3c-2b1d0c9e8f7a',
    dossierId: DOSSIER,
    step: 'funeral-support',
    status: 'awaiting_payout',
    deceasedPin: HOA,
    dateOfDeath: '2026-11-20',
    payeePin: '079190000001',
    amount: 10_000_000,
    otherFuneralBenefitPaid: null,
    paymentId: null,
    code: null,
    reason: null,
    decidedAt: NOW,
    settledAt: null,
    ...overrides,
  } satisfies FuneralSupportEntity);
}

describe('FuneralSupportService', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  let supports: InMemorySupports;
  let emitted: OutgoingEvent[];
  let context: HandlerContext;
  let sut: FuneralSupportService;

  beforeEach(() => {
    supports = new InMemorySupports();
    emitted = [];
    context = {
      manager: {} as EntityManager,
      consumerGroup: 'social-protection-service',
      emit: (events) => {
        emitted.push(...events);
        return Promise.resolve();
      },
    };
    const register: Pick<BeneficiaryRegisterRepository, 'findBeneficiaryInTx'> = {
      findBeneficiaryInTx: (pin: string) =>
        Promise.resolve(
          pin === HOA ? Object.assign(new BeneficiaryEntity(), { pin, since: '2010-01-01' }) : null,
        ),
    };
    const loader: Pick<BeneficiaryRegisterLoader, 'whenLoaded'> = {
      whenLoaded: () => Promise.resolve(),
    };
    sut = new FuneralSupportService(
      supports as unknown as FuneralSupportRepository,
      register as BeneficiaryRegisterRepository,
      loader as BeneficiaryRegisterLoader,
      new FixedClock(NOW),
    );
  });

  it('records the support awaiting payout and asks payment-service for it, in one go', async () => {
    const cause = command();

    await expect(sut.payFuneralSupportInTx(cause, context)).resolves.toBe('applied');

    expect(supports.rows).toMatchObject([
      { dossierId: DOSSIER, status: 'awaiting_payout', amount: 10_000_000, decidedAt: NOW },
    ]);
    expect(emitted).toHaveLength(1);
    expect(emitted[0].topic).toBe('payment.commands');
    expect(emitted[0].event).toMatchObject({
      type: 'vn.gov.payment.pay-benefit.v1',
      subject: DOSSIER,
      correlationid: cause.correlationid,
      causationid: cause.id,
      source: '/lienthong/social-protection-service',
      data: {
        agency: 'social-protection-service',
        benefit: 'funeral-support',
        amount: 10_000_000,
        description:
          'Funeral-expense support for a deceased monthly social-assistance beneficiary (Decree 20/2021/ND-CP, Art. 4 and 11, as amended by Decree 76/2024/ND-CP)',
      },
    });
  });

  it('leaves a re-send of a dossier decided concurrently to the pending payout, asking nothing twice', async () => {
    supports.raceWinner = awaiting();

    await expect(sut.payFuneralSupportInTx(command(), context)).resolves.toBe('skipped');

    expect(emitted).toEqual([]);
    expect(supports.rows).toHaveLength(1);
  });

  it('answers another dossier for a death already being paid as not applicable, and records that', async () => {
    supports.rows.push(awaiting());

    await sut.payFuneralSupportInTx(command(OTHER_DOSSIER), context);

    expect(emitted.map(({ event }) => event)).toMatchObject([
      {
        type: 'vn.gov.social-protection.funeral-support-not-applicable.v1',
        data: { dossierId: OTHER_DOSSIER, code: 'higher-benefit-paid' },
      },
    ]);
    expect(supports.rows[1]).toMatchObject({
      dossierId: OTHER_DOSSIER,
      status: 'not_applicable',
      code: 'higher-benefit-paid',
    });
  });

  it('dead-letters a re-sent command that names another person, changing nothing', async () => {
    supports.rows.push(awaiting());
    const failure = sut.payFuneralSupportInTx(command(DOSSIER, '031035025075'), context);

    await expect(failure).rejects.toBeInstanceOf(PermanentHandlerError);
    await expect(failure).rejects.not.toThrow('031035025075');
    expect(emitted).toEqual([]);
  });

  it('dead-letters a beneficiary death before any level is recorded, and records nothing', async () => {
    const failure = sut.payFuneralSupportInTx(command(DOSSIER, HOA, '2013-06-01'), context);

    await expect(failure).rejects.toThrow(
      'the funeral support rule could not be applied: FUNERAL_SUPPORT_NO_LEVEL_IN_FORCE',
    );
    expect(supports.rows).toEqual([]);
  });

  it('dead-letters a payout of another amount than asked, and leaves the support awaiting', async () => {
    supports.rows.push(awaiting());
    const paid = newEvent(BenefitPaidV1, {
      subject: DOSSIER,
      data: {
        dossierId: DOSSIER,
        step: 'funeral-support',
        paymentId: '3f2d1c0b-9a8e-4d7c-8b6a-5f4e3d2c1b0a',
        amount: 9_000_000,
        currency: 'VND',
      },
      correlationId: 'corr',
      source: 'payment-service',
    });

    await expect(sut.completeWithPayoutInTx(paid, context)).rejects.toBeInstanceOf(
      PermanentHandlerError,
    );
    expect(supports.rows[0].status).toBe('awaiting_payout');
    expect(emitted).toEqual([]);
  });
});
