import { safeErrorSerializer } from './safe-error.serializer';

describe('safeErrorSerializer', () => {
  it('drops the bound values a database error carries and masks the ones in its message', () => {
    const error = Object.assign(new Error('invalid input syntax for type date: "Nguyen Van A"'), {
      name: 'QueryFailedError',
      code: '22007',
      parameters: ['079190000001', 'Nguyen Van A'],
      detail: 'Key (pin)=(079190000001) already exists.',
      driverError: { detail: 'Key (pin)=(079190000001) already exists.' },
      query: 'INSERT INTO resident ...',
    });
    const serialized = safeErrorSerializer(error);
    const text = JSON.stringify(serialized);
    expect(text).not.toContain('079190000001');
    expect(text).not.toContain('Nguyen Van A');
    expect(serialized).toMatchObject({
      type: 'QueryFailedError',
      code: '22007',
      message: 'invalid input syntax for type date: "…"',
    });
    expect(serialized).not.toHaveProperty('parameters');
  });

  it('keeps an application error readable, with its causes', () => {
    const serialized = safeErrorSerializer(new Error('outer', { cause: new TypeError('inner') }));
    expect(serialized).toMatchObject({
      type: 'Error',
      message: 'outer',
      cause: { type: 'TypeError', message: 'inner' },
    });
    expect(String(serialized['stack'])).toMatch(/^Error: outer\n\s+at /);
  });
});
