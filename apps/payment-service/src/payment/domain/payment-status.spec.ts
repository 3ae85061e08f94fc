import { decideCallbackEffect } from './decide-callback-effect.util';
import { decideRefundAction } from './decide-refund-action.util';
import { derivePaymentId } from './derive-payment-id.util';
import { canTransition, PAYMENT_STATUSES, PAYMENT_TRANSITIONS } from './payment-status';

describe('payment status transitions', () => {
  it('leave pending only for an outcome, and reach refunded only once', () => {
    expect(canTransition('pending', 'paid')).toBe(true);
    expect(canTransition('pending', 'declined')).toBe(true);
    expect(canTransition('pending', 'expired')).toBe(true);
    expect(canTransition('pending', 'cancelled')).toBe(true);
    expect(canTransition('paid', 'refunded')).toBe(true);
    expect(canTransition('pending', 'refunded')).toBe(false);
    expect(canTransition('paid', 'declined')).toBe(false);
    expect(canTransition('expired', 'paid')).toBe(false);
    expect(canTransition('declined', 'paid')).toBe(false);
    expect(PAYMENT_TRANSITIONS.refunded).toEqual([]);
  });

  it('never go back to pending', () => {
    for (const status of PAYMENT_STATUSES) expect(canTransition(status, 'pending')).toBe(false);
  });
});

describe('decideCallbackEffect', () => {
  it('marks a pending payment paid or declined, as the provider says', () => {
    expect(decideCallbackEffect({ status: 'pending', outcome: 'succeeded' })).toBe('mark-paid');
    expect(decideCallbackEffect({ status: 'pending', outcome: 'declined' })).toBe('mark-declined');
  });

  it('changes nothing on a repeated callback', () => {
    expect(decideCallbackEffect({ status: 'paid', outcome: 'succeeded' })).toBe('none');
    expect(decideCallbackEffect({ status: 'declined', outcome: 'declined' })).toBe('none');
    expect(decideCallbackEffect({ status: 'refunded', outcome: 'succeeded' })).toBe('none');
  });

  it('ignores a decline that comes after the payment succeeded', () => {
    expect(decideCallbackEffect({ status: 'paid', outcome: 'declined' })).toBe('none');
  });

  it('refunds money that arrives once the payment was closed: its fee step is already rejected', () => {
    expect(decideCallbackEffect({ status: 'expired', outcome: 'succeeded' })).toBe(
      'refund-late-payment',
    );
    expect(decideCallbackEffect({ status: 'declined', outcome: 'succeeded' })).toBe(
      'refund-late-payment',
    );
    expect(decideCallbackEffect({ status: 'cancelled', outcome: 'succeeded' })).toBe(
      'refund-late-payment',
    );
    expect(decideCallbackEffect({ status: 'expired', outcome: 'declined' })).toBe('none');
  });

  it('only ever asks for transitions the table allows', () => {
    const target = {
      'mark-paid': 'paid',
      'mark-declined': 'declined',
      'refund-late-payment': 'refunded',
    } as const;
    const asked = PAYMENT_STATUSES.flatMap((status) =>
      (['succeeded', 'declined'] as const).map((outcome) => ({
        status,
        effect: decideCallbackEffect({ status, outcome }),
      })),
    ).filter(
      (
        entry,
      ): entry is { status: (typeof PAYMENT_STATUSES)[number]; effect: keyof typeof target } =>
        entry.effect !== 'none',
    );

    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter(({ status, effect }) => !canTransition(status, target[effect]))).toEqual(
      [],
    );
  });
});

describe('decideRefundAction', () => {
  it('refunds a paid fee, cancels a pending one, and does nothing to money never kept', () => {
    expect(decideRefundAction({ status: 'paid' })).toBe('refund');
    expect(decideRefundAction({ status: 'pending' })).toBe('cancel');
    expect(decideRefundAction({ status: 'refunded' })).toBe('none');
    expect(decideRefundAction({ status: 'declined' })).toBe('none');
    expect(decideRefundAction({ status: 'expired' })).toBe('none');
    expect(decideRefundAction({ status: 'cancelled' })).toBe('none');
  });
});

describe('derivePaymentId', () => {
  const dossierId = '5b0e7a55-3f0d-4c7e-9a39-2f6f1d4b8c21';

  it('gives the same UUID v5 for the same dossier step, whatever the case of the dossier id', () => {
    const id = derivePaymentId({ dossierId, step: 'fee' });

    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivePaymentId({ dossierId: dossierId.toUpperCase(), step: 'fee' })).toBe(id);
  });

  it('keeps the ids already given out (the example of docs/services/payment-service.md)', () => {
    expect(derivePaymentId({ dossierId, step: 'fee' })).toBe(
      '1797c3a7-ceb4-52bd-be3f-b19db6f99442',
    );
  });

  it('gives different ids to different steps and dossiers', () => {
    const ids = new Set([
      derivePaymentId({ dossierId, step: 'fee' }),
      derivePaymentId({ dossierId, step: 'fee-2' }),
      derivePaymentId({ dossierId: '5b0e7a55-3f0d-4c7e-9a39-2f6f1d4b8c22', step: 'fee' }),
    ]);

    expect(ids.size).toBe(3);
  });
});
