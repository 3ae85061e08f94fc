import { derivePaymentId } from '../../payment/domain/derive-payment-id.util';
import { decidePayoutCallbackEffect } from './decide-payout-callback-effect.util';
import { derivePayoutId } from './derive-payout-id.util';
import { maskAccountNumber } from './mask-account-number.util';
import {
  canPayoutTransition,
  PAYOUT_FAILURE_CODES,
  PAYOUT_FAILURE_REASONS,
  PAYOUT_STATUSES,
  type PayoutStatus,
} from './payout-status';

describe('payout status transitions', () => {
  it('leave pending once, for paid or failed, and never leave an outcome', () => {
    expect(canPayoutTransition('pending', 'paid')).toBe(true);
    expect(canPayoutTransition('pending', 'failed')).toBe(true);
    for (const to of PAYOUT_STATUSES) {
      expect(canPayoutTransition('paid', to)).toBe(false);
      expect(canPayoutTransition('failed', to)).toBe(false);
    }
  });
});

describe('decidePayoutCallbackEffect', () => {
  it('marks a pending payout paid or failed, as the provider says', () => {
    expect(decidePayoutCallbackEffect({ status: 'pending', outcome: 'succeeded' })).toBe(
      'mark-paid',
    );
    expect(decidePayoutCallbackEffect({ status: 'pending', outcome: 'declined' })).toBe(
      'mark-failed',
    );
  });

  it('changes nothing on a repeated outcome, so the agency hears it once', () => {
    expect(decidePayoutCallbackEffect({ status: 'paid', outcome: 'succeeded' })).toBe('none');
    expect(decidePayoutCallbackEffect({ status: 'failed', outcome: 'declined' })).toBe('none');
  });

  it('leaves an outcome contradicting the one reported to an operator, changing nothing', () => {
    expect(decidePayoutCallbackEffect({ status: 'failed', outcome: 'succeeded' })).toBe(
      'reconcile',
    );
    expect(decidePayoutCallbackEffect({ status: 'paid', outcome: 'declined' })).toBe('reconcile');
  });

  it('only ever asks for transitions the table allows', () => {
    const target = { 'mark-paid': 'paid', 'mark-failed': 'failed' } as const;
    const asked = PAYOUT_STATUSES.flatMap((status) =>
      (['succeeded', 'declined'] as const).map((outcome) => ({
        status,
        effect: decidePayoutCallbackEffect({ status, outcome }),
      })),
    ).filter(
      (entry): entry is { status: PayoutStatus; effect: keyof typeof target } =>
        entry.effect === 'mark-paid' || entry.effect === 'mark-failed',
    );

    expect(asked).toHaveLength(2);
    expect(
      asked.filter(({ status, effect }) => !canPayoutTransition(status, target[effect])),
    ).toEqual([]);
  });
});

describe('payout failure reasons', () => {
  it('say in words, for each code of the contract, that the benefit was not paid', () => {
    for (const code of PAYOUT_FAILURE_CODES) {
      expect(PAYOUT_FAILURE_REASONS[code]).toMatch(/the benefit was not paid\.$/);
    }
    expect(PAYOUT_FAILURE_REASONS['invalid-account']).toMatch(/account does not exist/);
  });
});

describe('derivePayoutId', () => {
  const dossierId = '5b0e7a55-3f0d-4c7e-9a39-2f6f1d4b8c21';

  it('gives the same UUID v5 for the same dossier step, whatever the case of the dossier id', () => {
    const id = derivePayoutId({ dossierId, step: 'funeral-allowance' });

    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivePayoutId({ dossierId: dossierId.toUpperCase(), step: 'funeral-allowance' })).toBe(
      id,
    );
  });

  it('gives different ids to different steps and dossiers', () => {
    const ids = new Set([
      derivePayoutId({ dossierId, step: 'funeral-allowance' }),
      derivePayoutId({ dossierId, step: 'funeral-support' }),
      derivePayoutId({
        dossierId: '5b0e7a55-3f0d-4c7e-9a39-2f6f1d4b8c22',
        step: 'funeral-allowance',
      }),
    ]);

    expect(ids.size).toBe(3);
  });

  it('is the UUID v5 docs/services/payment-service.md shows how to compute by hand', () => {
    expect(derivePayoutId({ dossierId, step: 'funeral-allowance' })).toBe(
      '88dca90d-7c60-5030-a155-a689e952bc4a',
    );
  });

  it('never gives the id a fee payment of the same dossier step has', () => {
    expect(derivePayoutId({ dossierId, step: 'fee' })).not.toBe(
      derivePaymentId({ dossierId, step: 'fee' }),
    );
  });
});

describe('maskAccountNumber', () => {
  it('masks every digit but the last four, keeping the length', () => {
    expect(maskAccountNumber({ accountNumber: '0071000123456' })).toBe('*********3456');
    expect(maskAccountNumber({ accountNumber: '123456' })).toBe('**3456');
    expect(maskAccountNumber({ accountNumber: '1234567890123456789' })).toBe(
      `${'*'.repeat(15)}6789`,
    );
  });
});
