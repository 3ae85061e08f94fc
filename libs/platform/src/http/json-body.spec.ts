import { jsonHasNulCharacter, jsonNestingExceeds } from './json-body';

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

describe('jsonHasNulCharacter', () => {
  const nul = (text: string) => jsonHasNulCharacter(Buffer.from(text));

  it('finds \\u0000 inside a string', () => {
    expect(nul('{"name":"An\\u0000"}')).toBe(true);
  });

  it('ignores an escaped backslash followed by u0000, which is the text "\\u0000"', () => {
    expect(nul('{"name":"\\\\u0000"}')).toBe(false);
  });

  it('ignores other escapes and plain text', () => {
    expect(nul('{"name":"\\u0041\\n u0000"}')).toBe(false);
  });
});
