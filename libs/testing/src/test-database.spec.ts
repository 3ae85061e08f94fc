import { testDatabaseName } from './test-database';

describe('testDatabaseName', () => {
  it('is the prefix, the jest worker and a random part, in lower case', () => {
    expect(testDatabaseName('Civil Status', '2', 'abcd1234')).toBe('civil_status_w2_abcd1234');
  });

  it('starts with a letter even when the prefix does not', () => {
    expect(testDatabaseName('42-things', '1', 'ff')).toBe('t_42_things_w1_ff');
  });

  it('fits in 63 bytes, which PostgreSQL would otherwise truncate into collisions', () => {
    const name = testDatabaseName('x'.repeat(100), '10', 'abcd1234');
    expect(name).toHaveLength(63);
    expect(name.endsWith('_w10_abcd1234')).toBe(true);
  });
});
