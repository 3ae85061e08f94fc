import type { PinSex } from './pin-prefix.util';
import { PinError, PinErrorCode } from './pin.error';

const PIN = /^\d{12}$/;
const CENTURIES = [1900, 2000, 2100] as const;

/** First year of the century of birth encoded in the PIN. */
export type PinCentury = (typeof CENTURIES)[number];

/** The fields encoded in a PIN. */
export interface PinParts {
  provinceCode: string;
  sex: PinSex;
  century: PinCentury;
  /** Full year of birth, e.g. 1987. */
  yearOfBirth: number;
  /** The 6 random digits. */
  serial: string;
}

/** Whether `value` has the shape of a PIN: exactly 12 ASCII digits (Decree 137/2015/ND-CP Art. 13). */
export function isPinFormat(value: unknown): value is string {
  return typeof value === 'string' && PIN.test(value);
}

/**
 * Reads the fields of a PIN (Decree 137/2015/ND-CP Art. 13). Sex-and-century digits 6-9 are
 * reserved for later centuries and rejected.
 * @throws PinError INVALID_FORMAT or INVALID_SEX_CENTURY_DIGIT.
 */
export function describePin(pin: string): PinParts {
  if (!isPinFormat(pin)) {
    throw new PinError(PinErrorCode.INVALID_FORMAT, 'PIN must be exactly 12 digits');
  }
  const digit = Number(pin[3]);
  const century = CENTURIES[Math.floor(digit / 2)];
  if (century === undefined) {
    throw new PinError(
      PinErrorCode.INVALID_SEX_CENTURY_DIGIT,
      `Sex-and-century digit must be 0-5, got ${digit}`,
    );
  }
  return {
    provinceCode: pin.slice(0, 3),
    sex: digit % 2 === 0 ? 'male' : 'female',
    century,
    yearOfBirth: century + Number(pin.slice(4, 6)),
    serial: pin.slice(6),
  };
}
