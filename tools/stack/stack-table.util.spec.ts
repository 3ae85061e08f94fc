import { formatDuration, redactUrl, renderServiceTable } from './stack-table.util';

describe('renderServiceTable', () => {
  it('lists URL, docs and metrics of each service in aligned columns', () => {
    const table = renderServiceTable([
      { name: 'dossier-service', url: 'http://localhost:3000', status: 'ready (4.2 s)' },
      { name: 'payment-service', url: '', status: 'skipped' },
    ]);
    expect(table.split('\n')).toEqual([
      'SERVICE          URL                    DOCS                        METRICS                        STATUS',
      'dossier-service  http://localhost:3000  http://localhost:3000/docs  http://localhost:3000/metrics  ready (4.2 s)',
      'payment-service  -                      -                           -                              skipped',
    ]);
  });
});

describe('formatDuration', () => {
  it('uses milliseconds below a second and tenths of seconds above', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(2449)).toBe('2.4 s');
  });
});

describe('redactUrl', () => {
  it('hides the password of a given database URL', () => {
    expect(redactUrl('postgres://app:s3cret@db:5432/postgres')).toBe(
      'postgres://app:***@db:5432/postgres',
    );
  });
});
