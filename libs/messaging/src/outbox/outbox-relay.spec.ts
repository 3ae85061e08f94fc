import { withinByteBudget } from './outbox-relay';

describe('withinByteBudget', () => {
  const row = (size: number) => ({ payload: { pad: 'x'.repeat(size) } });

  it('takes rows in order while they fit', () => {
    const rows = [row(100), row(100), row(100)];
    expect(withinByteBudget(rows, 250)).toHaveLength(2);
  });

  it('always takes the first row, however large, so the relay never stalls', () => {
    expect(withinByteBudget([row(1000), row(1)], 10)).toHaveLength(1);
  });

  it('takes everything when it all fits', () => {
    expect(withinByteBudget([row(1), row(1)], 10_000)).toHaveLength(2);
  });
});
