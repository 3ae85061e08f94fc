/**
 * Combining marks of the five Vietnamese tones after NFD, numbered as the VNI input method does:
 * 1 sắc (acute), 2 huyền (grave), 3 hỏi (hook above), 4 ngã (tilde), 5 nặng (dot below).
 * Vowel marks (circumflex U+0302, breve U+0306, horn U+031B) are not tones: they stay in the letter.
 */
const TONE_DIGITS: Readonly<Record<string, string>> = {
  '\u0301': '1',
  '\u0300': '2',
  '\u0309': '3',
  '\u0303': '4',
  '\u0323': '5',
};

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * The key under which a child's full name is compared to find a birth already registered.
 *
 * - Unicode forms do not matter: precomposed (NFC) and decomposed (NFD) text give the same key.
 * - Case and spacing do not matter: lower-cased, trimmed, runs of whitespace made one space.
 * - Where the tone mark sits does not matter: the old and new orthographies place it differently
 *   in "oa", "oe", "uy" (`Hoà`/`Hòa`, `Thuý`/`Thúy`), so each word's tone marks are taken off the
 *   letters and written after the word as VNI digits (`hòa` and `hoà` are both `hoa2`).
 * - Diacritics are NOT folded: `An`, `Ân` and `Ấn` are different names, and twins (same mother,
 *   same date of birth) may be given names that differ only by a tone or a vowel mark. A name typed
 *   without diacritics (`Tran Minh An`) is therefore not the same name as `Trần Minh An`.
 */
export function childNameKey(fullName: string): string {
  return fullName
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .map((word) => {
      const tones = (word.match(TONE_MARKS) ?? []).map((mark) => TONE_DIGITS[mark]).join('');
      return `${word.replace(TONE_MARKS, '').normalize('NFC')}${tones}`;
    })
    .join(' ');
}
