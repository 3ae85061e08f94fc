import type { ValidationError } from '@nestjs/common';
import { toJsonPointer } from './json-pointer.util';
import { validationProblem } from './validation.pipe';

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return { property, constraints, children };
}

describe('validationProblem', () => {
  it('locates array items by index and escapes pointer segments', () => {
    const errors = [
      error('data', undefined, [
        error('parents', undefined, [
          error('1', undefined, [error('pin', { matches: 'pin must be 12 digits' })]),
        ]),
        error('a/b~c', { whitelistValidation: 'property a/b~c should not exist' }),
      ]),
    ];

    const sut = validationProblem(errors, 'body');

    expect(sut.getStatus()).toBe(400);
    expect(sut.errors).toEqual([
      { pointer: '/data/parents/1/pin', detail: 'pin must be 12 digits' },
      { pointer: '/data/a~1b~0c', detail: 'is not an accepted field' },
    ]);
  });

  it('points at the whole body when the body itself is wrong', () => {
    const sut = validationProblem(
      [error('', { unknownValue: 'an unknown value was passed' })],
      'body',
    );

    expect(sut.errors).toEqual([{ pointer: '', detail: 'an unknown value was passed' }]);
  });

  it('names query and path parameters', () => {
    const sut = validationProblem([error('limit', { isInt: 'limit must be an integer' })], 'query');

    expect(sut.errors).toEqual([{ parameter: 'limit', detail: 'limit must be an integer' }]);
  });
});

describe('toJsonPointer', () => {
  it('escapes ~ before / as RFC 6901 requires', () => {
    expect(toJsonPointer(['~1', 'a/b'])).toBe('/~01/a~1b');
  });
});
