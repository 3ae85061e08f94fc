import { CorrelationContext } from './correlation.context';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('CorrelationContext', () => {
  it('has no current id outside a run', () => {
    expect(CorrelationContext.current()).toBeUndefined();
  });

  it('keeps the id across awaits and timers inside a run', async () => {
    const seen = await CorrelationContext.run('abc-123', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return CorrelationContext.current();
    });

    expect(seen).toBe('abc-123');
    expect(CorrelationContext.current()).toBeUndefined();
  });

  it('keeps concurrent runs apart', async () => {
    const ids = await Promise.all(
      ['one', 'two', 'three'].map((id) =>
        CorrelationContext.run(id, async () => {
          await new Promise((resolve) => setTimeout(resolve, 3 - id.length / 2));
          return CorrelationContext.current();
        }),
      ),
    );

    expect(ids).toEqual(['one', 'two', 'three']);
  });

  it.each(['6f1c2f0e-9b7a-4c39-9a57-0d3c1b2a4e5f', 'portal-req.2024_01', 'A', 'x'.repeat(64)])(
    'adopts the caller id %s',
    (candidate) => {
      expect(CorrelationContext.resolve(candidate)).toBe(candidate);
    },
  );

  it.each([
    ['an empty value', ''],
    ['a value with spaces', 'two words'],
    ['a value with a newline', 'abc\n{"level":"fatal"}'],
    ['a value longer than 64 characters', 'x'.repeat(65)],
    ['a repeated header', ['a', 'b']],
    ['no header', undefined],
  ])('replaces %s with a fresh UUIDv4', (_label, candidate) => {
    expect(CorrelationContext.resolve(candidate)).toMatch(UUID_V4);
  });
});
