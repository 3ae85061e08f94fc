import { jsonNestingExceeds } from './json-body';

describe('jsonNestingExceeds', () => {
  const depth = (text: string, limit: number) => jsonNestingExceeds(Buffer.from(text), limit);

  it('counts objects and arrays, not brackets inside strings', () => {
    expect(depth('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(depth('{"a":[{"b":1}]}', 2)).toBe(true);
    expect(depth('{"a":"[[[[[[{{{{"}', 1)).toBe(false);
  });

  it('skips escaped quotes inside strings', () => {
    expect(depth('{"a":"\\"[[[["}', 1)).toBe(false);
  });
});
