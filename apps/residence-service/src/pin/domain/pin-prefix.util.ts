import { parseCalendarDate } from '@lienthong/platform';
import { PinError, PinErrorCode } from './pin.error';

/** Sex as encoded in the PIN's 4th digit. */
export type PinSex = 'male' | 'female';

/** Input of {@link pinPrefix}. */
export interface PinPrefixInput {
  /** 3-digit code of the registering province, e.g. '079' Ho Chi Minh City, '001' Ha Noi. */
  provinceCode: string;
  sex: PinSex;
  /** ISO calendar date `yyyy-mm-dd`. */
  dateOfBirth: string;
}

const PROVINCE_CODE = /^\d{3}$/;
const FIRST_CENTURY = 1900;
const LAST_YEAR = 2199;

/**
 * The first 6 digits of a PIN: province (3), sex-and-century (1), last 2 digits of the birth year
 * (Decree 137/2015/ND-CP Art. 13 and its implementing circular): for births in the
 * 1900s male 0 / female 1, 2000s 2 / 3, 2100s 4 / 5.
 * Only the shape of the province code is checked, not its membership in the province list.
 * @throws PinError INVALID_PROVINCE_CODE, INVALID_DATE_OF_BIRTH or BIRTH_YEAR_OUT_OF_RANGE.
 */
export function pinPrefix({ provinceCode, sex, dateOfBirth }: PinPrefixInput): string {
  if (!PROVINCE_CODE.test(provinceCode)) {
    throw new PinError(
      PinErrorCode.INVALID_PROVINCE_CODE,
      `Province code must be 3 digits, got '${provinceCode}'`,
    );
  }
  const year = birthYear(dateOfBirth);
  if (year < FIRST_CENTURY || year > LAST_YEAR) {
    throw new PinError(
      PinErrorCode.BIRTH_YEAR_OUT_OF_RANGE,
      `Birth year must be within ${FIRST_CENTURY}-${LAST_YEAR}, got ${year}`,
    );
  }
  const centuryIndex = Math.floor((year - FIRST_CENTURY) / 100);
  const sexCenturyDigit = centuryIndex * 2 + (sex === 'female' ? 1 : 0);
  return `${provinceCode}${sexCenturyDigit}${String(year % 100).padStart(2, '0')}`;
}

/** Year of a real `yyyy-mm-dd` date; pure integer check, no Date parsing or time zone. */
function birthYear(iso: string): number {
  const date = parseCalendarDate(iso);
  if (date) return date.year;
  throw new PinError(
    PinErrorCode.INVALID_DATE_OF_BIRTH,
    `Date of birth must be a real yyyy-mm-dd date, got '${iso}'`,
  );
}
