import { composePin } from './compose-pin.util';
import { describePin, isPinFormat } from './pin-format.util';
import { pinPrefix, type PinSex } from './pin-prefix.util';
import { PinError, PinErrorCode } from './pin.error';

function codeOf(run: () => unknown): PinErrorCode | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PinError) return error.code;
    throw error;
  }
  return undefined;
}

describe('pinPrefix', () => {
  it.each<[PinSex, string, string]>([
    ['male', '1987-05-14', '079087'],
    ['female', '1900-01-01', '079100'],
    ['female', '1999-12-31', '079199'],
    ['male', '2000-01-01', '079200'],
    ['female', '2024-02-29', '079324'],
    ['male', '2100-06-30', '079400'],
    ['female', '2199-12-31', '079599'],
  ])('encodes a %s born on %s as %s', (sex, dateOfBirth, expected) => {
    expect(pinPrefix({ provinceCode: '079', sex, dateOfBirth })).toBe(expected);
  });

  it('starts with the registering province code', () => {
    expect(pinPrefix({ provinceCode: '001', sex: 'male', dateOfBirth: '2005-03-09' })).toBe(
      '001205',
    );
  });

  it.each(['1899-12-31', '2200-01-01'])('rejects the birth year of %s as out of range', (dob) => {
    expect(codeOf(() => pinPrefix({ provinceCode: '079', sex: 'male', dateOfBirth: dob }))).toBe(
      PinErrorCode.BIRTH_YEAR_OUT_OF_RANGE,
    );
  });

  it.each(['79', '0790', '07a', '', ' 79'])('rejects the malformed province code %p', (code) => {
    expect(
      codeOf(() => pinPrefix({ provinceCode: code, sex: 'male', dateOfBirth: '1990-01-01' })),
    ).toBe(PinErrorCode.INVALID_PROVINCE_CODE);
  });

  it.each(['1990-1-01', '1990-13-01', '1990-00-10', '2023-02-29', '1990-04-31', '01/01/1990'])(
    'rejects the malformed date of birth %p',
    (dob) => {
      expect(codeOf(() => pinPrefix({ provinceCode: '079', sex: 'male', dateOfBirth: dob }))).toBe(
        PinErrorCode.INVALID_DATE_OF_BIRTH,
      );
    },
  );

  it('throws a PinError that is also an Error with a readable message', () => {
    expect(() =>
      pinPrefix({ provinceCode: '079', sex: 'male', dateOfBirth: '1800-01-01' }),
    ).toThrow(
      new PinError(
        PinErrorCode.BIRTH_YEAR_OUT_OF_RANGE,
        'Birth year must be within 1900-2199, got 1800',
      ),
    );
  });
});

describe('composePin', () => {
  it('appends the random part zero-padded to 6 digits', () => {
    expect(composePin('079087', 42)).toBe('079087000042');
    expect(composePin('079087', 0)).toBe('079087000000');
    expect(composePin('079087', 999_999)).toBe('079087999999');
  });

  it.each([-1, 1_000_000, 1.5, Number.NaN])('rejects the random part %p', (random) => {
    expect(codeOf(() => composePin('079087', random))).toBe(PinErrorCode.INVALID_RANDOM);
  });

  it.each(['07908', '0790870', '079687', 'abcdef'])('rejects the prefix %p', (prefix) => {
    expect(codeOf(() => composePin(prefix, 1))).toBe(PinErrorCode.INVALID_PREFIX);
  });
});

describe('isPinFormat', () => {
  it('accepts exactly 12 digits', () => {
    expect(isPinFormat('079087000042')).toBe(true);
  });

  it.each([
    '07908700004',
    '0790870000421',
    '07908700004a',
    '079087 00042',
    '０７９０８７００００４２',
    79087000042,
    null,
    undefined,
  ])('rejects %p', (value) => {
    expect(isPinFormat(value)).toBe(false);
  });
});

describe('describePin', () => {
  it('reads every field of a PIN', () => {
    expect(describePin('001305123456')).toEqual({
      provinceCode: '001',
      sex: 'female',
      century: 2000,
      yearOfBirth: 2005,
      serial: '123456',
    });
  });

  it.each<[PinSex, string]>([
    ['male', '1900-01-01'],
    ['female', '1987-05-14'],
    ['male', '2000-02-29'],
    ['female', '2024-12-31'],
    ['male', '2100-01-01'],
    ['female', '2199-12-31'],
  ])('round-trips a %s born on %s', (sex, dateOfBirth) => {
    const pin = composePin(pinPrefix({ provinceCode: '079', sex, dateOfBirth }), 7);
    const year = Number(dateOfBirth.slice(0, 4));
    expect(describePin(pin)).toEqual({
      provinceCode: '079',
      sex,
      century: Math.floor(year / 100) * 100,
      yearOfBirth: year,
      serial: '000007',
    });
  });

  it.each(['079687000001', '079787000001', '079887000001', '079987000001'])(
    'rejects the reserved sex-and-century digit in %s',
    (pin) => {
      expect(codeOf(() => describePin(pin))).toBe(PinErrorCode.INVALID_SEX_CENTURY_DIGIT);
    },
  );

  it('rejects a value that is not 12 digits', () => {
    expect(codeOf(() => describePin('07908700004'))).toBe(PinErrorCode.INVALID_FORMAT);
  });
});
