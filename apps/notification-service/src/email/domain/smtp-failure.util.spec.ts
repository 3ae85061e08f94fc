import { summariseSmtpFailure } from './smtp-failure.util';

function smtpError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields);
}

describe('summariseSmtpFailure', () => {
  it('keeps the code, the reply code and the command, never the message quoting the address', () => {
    const error = smtpError('Recipient command failed: 550 <lan@example.vn> unknown user', {
      code: 'EENVELOPE',
      responseCode: 550,
      command: 'RCPT TO',
      response: '550 <lan@example.vn> unknown user',
    });

    expect(summariseSmtpFailure(error)).toBe('EENVELOPE 550 RCPT TO');
  });

  it('names a connection failure by its code', () => {
    const error = smtpError('connect ECONNREFUSED 127.0.0.1:2525', {
      code: 'ESOCKET',
      command: 'CONN',
    });

    expect(summariseSmtpFailure(error)).toBe('ESOCKET CONN');
  });

  it('falls back to the error name, and ignores fields that are not short tokens', () => {
    const error = smtpError('boom', { code: 'lan@example.vn', command: 42 });
    error.name = 'TypeError';

    expect(summariseSmtpFailure(error)).toBe('TypeError');
    expect(summariseSmtpFailure('a string')).toBe('unknown error');
  });
});
