import { isDatabaseUnavailable, loggableError } from './consumer-interrupted.error';

function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'QueryFailedError', code });
}

describe('isDatabaseUnavailable', () => {
  it('recognises connection failures, so the message is redelivered instead of dead-lettered', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        pgError('57P01', 'terminating connection due to administrator command'),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(pgError('08006', 'connection failure'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves errors about the data to the dead letters', () => {
    expect(
      isDatabaseUnavailable(pgError('23505', 'duplicate key value violates unique constraint')),
    ).toBe(false);
    expect(isDatabaseUnavailable(new Error('ledger is closed'))).toBe(false);
    expect(isDatabaseUnavailable('a string')).toBe(false);
  });
});

describe('loggableError', () => {
  it('keeps values out of logs: name, code and constraint only', () => {
    const error = Object.assign(
      pgError('22007', 'invalid input syntax for type date: "Nguyen Van A"'),
      {
        constraint: undefined,
      },
    );
    expect(loggableError(error)).toBe('QueryFailedError, code 22007');
    expect(
      loggableError(new SyntaxError('Unexpected token N, "Nguyen Van" is not valid JSON')),
    ).toBe('SyntaxError');
  });
});
