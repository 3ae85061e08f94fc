import { databaseUrl, postgresUrl } from './postgres-url.util';

describe('postgresUrl', () => {
  it('percent-encodes the user, password and database', () => {
    expect(
      postgresUrl({
        host: '127.0.0.1',
        port: 55432,
        user: 'a@b',
        password: 'p/w:x',
        database: 'd b',
      }),
    ).toBe('postgres://a%40b:p%2Fw%3Ax@127.0.0.1:55432/d%20b');
  });
});

describe('databaseUrl', () => {
  it('points an admin URL at another database of the same server', () => {
    expect(
      databaseUrl('postgres://postgres:postgres@127.0.0.1:55432/postgres', 'civil_status'),
    ).toBe('postgres://postgres:postgres@127.0.0.1:55432/civil_status');
  });

  it('keeps query parameters such as sslmode', () => {
    expect(databaseUrl('postgres://u:p@db.example:5432/postgres?sslmode=require', 'dossier')).toBe(
      'postgres://u:p@db.example:5432/dossier?sslmode=require',
    );
  });
});
