import { childNameKey } from './child-name-key.util';
import { tidyFullName } from './tidy-full-name.util';

describe('childNameKey', () => {
  it('ignores case and spacing', () => {
    expect(childNameKey('  TRẦN   minh\tAn ')).toBe(childNameKey('Trần Minh An'));
  });

  it('gives precomposed (NFC) and decomposed (NFD) text the same key', () => {
    const composed = 'Nguyễn Thị Lan'.normalize('NFC');
    const decomposed = 'Nguyễn Thị Lan'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(childNameKey(decomposed)).toBe(childNameKey(composed));
  });

  it('ignores where the tone mark sits (old and new orthography)', () => {
    expect(childNameKey('Nguyễn Thị Hoà')).toBe(childNameKey('Nguyễn Thị Hòa'));
    expect(childNameKey('Lê Thuý')).toBe(childNameKey('Lê Thúy'));
    expect(childNameKey('Trần Khoẻ')).toBe(childNameKey('Trần Khỏe'));
  });

  it('keeps names apart that differ by a tone or a vowel mark (twins may be named so)', () => {
    const keys = ['Trần Minh An', 'Trần Minh Ân', 'Trần Minh Ấn', 'Trần Minh Án'].map(childNameKey);
    expect(new Set(keys).size).toBe(4);
  });

  it('does not take a name typed without diacritics for the same name', () => {
    expect(childNameKey('Tran Minh An')).not.toBe(childNameKey('Trần Minh An'));
  });

  it('keeps đ apart from d', () => {
    expect(childNameKey('Đào An')).not.toBe(childNameKey('Dào An'));
    expect(childNameKey('ĐÀO AN')).toBe(childNameKey('đào an'));
  });

  it('writes tones as VNI digits after each word', () => {
    expect(childNameKey('Trần Minh Ấn')).toBe('trân2 minh ân1');
  });
});

describe('tidyFullName', () => {
  it('trims, collapses whitespace, composes to NFC and keeps case', () => {
    expect(tidyFullName('  Trần\u00a0 Minh   An '.normalize('NFD'))).toBe('Trần Minh An');
    expect(tidyFullName('Trần Minh An'.normalize('NFD'))).toBe('Trần Minh An'.normalize('NFC'));
  });
});
