import { storableText } from './dead-letter.store';

describe('storableText', () => {
  it('escapes NUL characters, which PostgreSQL text and jsonb refuse', () => {
    expect(storableText('a\u0000b')).toBe('a\\u0000b');
    expect(storableText('plain')).toBe('plain');
  });
});
