import type { FormCheck } from '../procedure-definition';
import { checkForm } from './check-form.util';

describe('checkForm', () => {
  const checks: FormCheck[] = [
    { kind: 'not-in-future', pointer: '/child/dateOfBirth', detail: 'must not be in the future' },
    { kind: 'distinct', pointers: ['/motherPin', '/fatherPin'], detail: 'must differ' },
  ];

  it('accepts a date of birth today and two different PINs', () => {
    const form = { child: { dateOfBirth: '2026-11-23' }, motherPin: '1', fatherPin: '2' };
    expect(checkForm({ checks, form, today: '2026-11-23' })).toEqual([]);
  });

  it('refuses a date of birth tomorrow, pointing at it', () => {
    const form = { child: { dateOfBirth: '2026-11-24' }, motherPin: '1' };
    expect(checkForm({ checks, form, today: '2026-11-23' })).toEqual([
      { pointer: '/child/dateOfBirth', detail: 'must not be in the future' },
    ]);
  });

  it('refuses the same PIN twice, pointing at the second', () => {
    const form = { child: { dateOfBirth: '2026-11-01' }, motherPin: '1', fatherPin: '1' };
    expect(checkForm({ checks, form, today: '2026-11-23' })).toEqual([
      { pointer: '/fatherPin', detail: 'must differ' },
    ]);
  });

  it('passes checks whose fields are absent', () => {
    expect(checkForm({ checks, form: {}, today: '2026-11-23' })).toEqual([]);
  });
});
