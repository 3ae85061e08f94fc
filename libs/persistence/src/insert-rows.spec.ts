import type { EntityManager } from 'typeorm';
import { insertRowsInTx, valuesPlaceholders } from './insert-rows';

describe('valuesPlaceholders', () => {
  it('numbers the parameters row by row', () => {
    expect(valuesPlaceholders(2, 3)).toBe('($1, $2, $3), ($4, $5, $6)');
  });
});

describe('insertRowsInTx', () => {
  it('sends one statement per batch with the rows flattened in order', async () => {
    const calls: [string, unknown[]][] = [];
    const manager = {
      query: (sql: string, params: unknown[]) => {
        calls.push([sql, params]);
        return Promise.resolve([]);
      },
    } as unknown as EntityManager;
    await insertRowsInTx(
      manager,
      'INSERT INTO t (a, b)',
      [
        [1, 'x'],
        [2, 'y'],
        [3, 'z'],
      ],
      2,
    );
    expect(calls).toEqual([
      ['INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)', [1, 'x', 2, 'y']],
      ['INSERT INTO t (a, b) VALUES ($1, $2)', [3, 'z']],
    ]);
  });

  it('does nothing for no rows', async () => {
    const manager = { query: () => Promise.reject(new Error('no query expected')) };
    await expect(
      insertRowsInTx(manager as unknown as EntityManager, 'INSERT INTO t (a)', []),
    ).resolves.toBeUndefined();
  });
});
