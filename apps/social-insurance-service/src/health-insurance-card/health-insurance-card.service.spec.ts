import { Logger } from '@nestjs/common';
import { IssueChildHealthInsuranceCardV1 } from '@lienthong/contracts';
import {
  newEvent,
  PermanentHandlerError,
  type HandlerContext,
  type OutgoingEvent,
} from '@lienthong/messaging';
import { FixedClock } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { HealthInsuranceCardEntity } from './health-insurance-card.entity';
import type { HealthInsuranceCardRepository } from './health-insurance-card.repository';
import { HealthInsuranceCardService } from './health-insurance-card.service';

const DOSSIER = '5b0f7a52-3c0e-4d8f-9a43-3f1e5a8e0b11';
const OTHER_DOSSIER = '9d6c2f0e-1b7a-4c39-9a57-0d3c1b2a4e5f';
const PIN = '079219000123';

/** The card register in memory; `raceWinner` plays a transaction that inserts first. */
class InMemoryCards implements Pick<
  HealthInsuranceCardRepository,
  'findByNumberInTx' | 'insertIfAbsentInTx'
> {
  readonly cards = new Map<string, HealthInsuranceCardEntity>();
  raceWinner: HealthInsuranceCardEntity | undefined;

  findByNumberInTx(cardNumber: string): Promise<HealthInsuranceCardEntity | null> {
    return Promise.resolve(this.cards.get(cardNumber) ?? null);
  }

  insertIfAbsentInTx(card: HealthInsuranceCardEntity): Promise<boolean> {
    if (this.raceWinner) this.cards.set(this.raceWinner.cardNumber, this.raceWinner);
    if (this.cards.has(card.cardNumber)) return Promise.resolve(false);
    this.cards.set(card.cardNumber, card);
    return Promise.resolve(true);
  }
}

function command(dateOfBirth: string, dossierId = DOSSIER) {
  return newEvent(IssueChildHealthInsuranceCardV1, {
    subject: dossierId,
    data: {
      dossierId,
      step: 'insurance',
      pin: PIN,
      fullName: 'Trần Minh An',
      sex: 'male',
      dateOfBirth,
    },
    correlationId: `corr-${dossierId}`,
    source: 'dossier-service',
  });
}

function existingCard(
  overrides: Partial<HealthInsuranceCardEntity> = {},
): HealthInsuranceCardEntity {
  return Object.assign(new HealthInsuranceCardEntity(), {
    cardNumber: PIN,
    holderFullName: 'Trần Minh An',
    holderSex: 'male',
    holderDateOfBirth: '2019-10-01',
    category: 'TE',
    benefitLevel: 1,
    validFrom: '2019-10-01',
    validTo: '2025-10-31',
    dossierId: OTHER_DOSSIER,
    issuedAt: new Date('2019-10-05T03:00:00Z'),
    ...overrides,
  });
}

describe('HealthInsuranceCardService.issueChildCardInTx', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  let repository: InMemoryCards;
  let emitted: OutgoingEvent[];
  let context: HandlerContext;

  /** A service whose clock reads `instant` (UTC); Hanoi is seven hours ahead. */
  function sut(instant: string): HealthInsuranceCardService {
    return new HealthInsuranceCardService(
      repository as unknown as HealthInsuranceCardRepository,
      new FixedClock(new Date(instant)),
    );
  }

  beforeEach(() => {
    repository = new InMemoryCards();
    emitted = [];
    context = {
      manager: {} as EntityManager,
      consumerGroup: 'social-insurance-service',
      emit: (events) => {
        emitted.push(...events);
        return Promise.resolve();
      },
    };
  });

  it('issues a TE card at level 1 numbered by the PIN, valid from birth to the end of the month of the 6th birthday', async () => {
    const cause = command('2026-11-02');

    await expect(sut('2026-11-10T02:00:00Z').issueChildCardInTx(cause, context)).resolves.toBe(
      'applied',
    );

    expect(emitted).toHaveLength(1);
    expect(emitted[0].topic).toBe('social-insurance.events');
    expect(emitted[0].event).toMatchObject({
      type: 'vn.gov.social-insurance.child-health-insurance-card-issued.v1',
      subject: DOSSIER,
      correlationid: cause.correlationid,
      causationid: cause.id,
      source: '/lienthong/social-insurance-service',
      time: '2026-11-10T02:00:00.000Z',
      data: {
        dossierId: DOSSIER,
        step: 'insurance',
        result: {
          cardNumber: PIN,
          category: 'TE',
          benefitLevel: 1,
          validFrom: '2026-11-02',
          validTo: '2032-11-30',
        },
      },
    });
    expect(repository.cards.get(PIN)).toMatchObject({
      holderFullName: 'Trần Minh An',
      holderSex: 'male',
      holderDateOfBirth: '2026-11-02',
      dossierId: DOSSIER,
      issuedAt: new Date('2026-11-10T02:00:00Z'),
    });
  });

  it('answers not applicable on the 6th birthday in Hanoi, though it is still the day before in UTC', async () => {
    await sut('2025-09-30T17:30:00Z').issueChildCardInTx(command('2019-10-01'), context);

    expect(emitted.map(({ event }) => event)).toMatchObject([
      {
        type: 'vn.gov.social-insurance.child-health-insurance-card-not-applicable.v1',
        data: {
          dossierId: DOSSIER,
          step: 'insurance',
          code: 'child-too-old',
          reason:
            'The child reached 6 years of age on 2025-10-01; the card is for children under 6.',
        },
      },
    ]);
    expect(repository.cards.size).toBe(0);
  });

  it('still issues the card on the last day before the 6th birthday in Hanoi', async () => {
    await sut('2025-09-30T16:59:00Z').issueChildCardInTx(command('2019-10-01'), context);

    expect(emitted[0].event.data).toMatchObject({
      result: { validFrom: '2019-10-01', validTo: '2025-10-31' },
    });
  });

  it('answers a re-sent command with the card already issued, even once the child is 6, and writes nothing', async () => {
    const card = existingCard();
    repository.cards.set(PIN, card);

    await sut('2026-01-15T00:00:00Z').issueChildCardInTx(command('2019-10-01'), context);

    expect(emitted[0].event).toMatchObject({
      type: 'vn.gov.social-insurance.child-health-insurance-card-issued.v1',
      subject: DOSSIER,
      data: {
        dossierId: DOSSIER,
        result: { cardNumber: PIN, validFrom: '2019-10-01', validTo: '2025-10-31' },
      },
    });
    expect(repository.cards.get(PIN)).toBe(card);
  });

  it('answers with the card of a transaction that inserted it first', async () => {
    // Marked by a validity this service would not compute, to tell the two cards apart.
    repository.raceWinner = existingCard({ validFrom: '2026-11-02', validTo: '2032-11-29' });

    await sut('2026-11-10T02:00:00Z').issueChildCardInTx(command('2026-11-02'), context);

    expect(emitted[0].event.data).toMatchObject({ result: { validTo: '2032-11-29' } });
    expect(repository.cards.get(PIN)?.dossierId).toBe(OTHER_DOSSIER);
  });

  it('dead-letters a date of birth after today without quoting it', async () => {
    const failure = sut('2026-11-01T00:00:00Z').issueChildCardInTx(command('2026-11-02'), context);

    await expect(failure).rejects.toBeInstanceOf(PermanentHandlerError);
    await expect(failure).rejects.not.toThrow('2026-11-02');
    expect(emitted).toHaveLength(0);
  });
});
