/**
 * A full name as the register writes it: Unicode NFC (one code point per accented letter, as
 * TCVN 6909:2001 text), trimmed, with runs of whitespace made one space. Case is kept: it is how the
 * declarant wrote the name.
 */
export function tidyFullName(fullName: string): string {
  return fullName.normalize('NFC').trim().split(/\s+/u).join(' ');
}
