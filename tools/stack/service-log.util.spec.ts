import { isWorthTheConsole, summariseServiceLine } from './service-log.util';

describe('summariseServiceLine', () => {
  it('shows level, context and message of a pino line', () => {
    const line = JSON.stringify({ level: 30, time: 1, context: 'Database', msg: 'connected' });
    expect(summariseServiceLine(line)).toEqual({
      level: 'INFO',
      context: 'Database',
      text: '[Database] connected',
    });
  });

  it("adds the error's message to an error line", () => {
    const line = JSON.stringify({
      level: 50,
      msg: 'relay failed',
      err: { message: 'ECONNREFUSED' },
    });
    expect(summariseServiceLine(line)).toMatchObject({
      level: 'ERROR',
      text: 'relay failed (ECONNREFUSED)',
    });
  });

  it('accepts level labels as well as numbers', () => {
    expect(summariseServiceLine('{"level":"warn","msg":"slow"}')).toMatchObject({ level: 'WARN' });
  });

  it('passes anything that is not a JSON object through as is (stack traces, early crashes)', () => {
    expect(summariseServiceLine('    at main (/app/main.ts:3:1)')).toEqual({
      level: '',
      context: '',
      text: '    at main (/app/main.ts:3:1)',
    });
    expect(summariseServiceLine('{not json')).toMatchObject({ level: '', text: '{not json' });
  });
});

describe('isWorthTheConsole', () => {
  it("keeps Nest's boot inventory and debug lines for the log file only", () => {
    expect(isWorthTheConsole({ level: 'INFO', context: 'RouterExplorer', text: '' })).toBe(false);
    expect(isWorthTheConsole({ level: 'DEBUG', context: '', text: '' })).toBe(false);
  });

  it('shows warnings of any context, information and raw lines', () => {
    expect(isWorthTheConsole({ level: 'WARN', context: 'InstanceLoader', text: '' })).toBe(true);
    expect(isWorthTheConsole({ level: 'INFO', context: 'Database', text: '' })).toBe(true);
    expect(isWorthTheConsole({ level: '', context: '', text: 'Error: boom' })).toBe(true);
  });
});
