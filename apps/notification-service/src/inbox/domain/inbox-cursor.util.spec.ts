import { decodeInboxCursor, encodeInboxCursor } from './inbox-cursor.util';

describe('the inbox cursor', () => {
  it('gives back the sequence number it was made from', () => {
    expect(decodeInboxCursor(encodeInboxCursor('42'))).toBe('42');
    expect(decodeInboxCursor(encodeInboxCursor('900000000000000001'))).toBe('900000000000000001');
  });

  it('is opaque: not the bare number', () => {
    expect(encodeInboxCursor('42')).not.toContain('42');
  });

  it.each([
    '',
    '42',
    'not base64!',
    Buffer.from('v2:42').toString('base64url'),
    Buffer.from('v1:').toString('base64url'),
    Buffer.from('v1:042').toString('base64url'),
    Buffer.from('v1:-1').toString('base64url'),
    Buffer.from('v1:12345678901234567890').toString('base64url'),
  ])('refuses %p, which this service never made', (cursor) => {
    expect(decodeInboxCursor(cursor)).toBeNull();
  });
});
