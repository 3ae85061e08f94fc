import { Type } from '@sinclair/typebox';
import { compileSeedCheck, type SeedProblem } from './seed-check.util';

const ListSchema = Type.Object(
  {
    people: Type.Array(
      Type.Object(
        { pin: Type.String({ pattern: '^[0-9]{12}$' }), age: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** A rule a schema cannot say: nobody older than `maxAge`, given at check time. */
const checkList = compileSeedCheck(ListSchema, (seed, maxAge: number) =>
  seed.people.flatMap((person, index): SeedProblem[] =>
    person.age > maxAge ? [{ pointer: `/people/${index}/age`, reason: 'is too old' }] : [],
  ),
);

describe('compileSeedCheck', () => {
  it('returns a seed that has the shape and keeps the rules, typed', () => {
    const data = { people: [{ pin: '079085000001', age: 40 }] };

    expect(checkList(data, 120)).toEqual({ ok: true, seed: data });
  });

  it('reports every shape problem, pointing at the field itself, without quoting values', () => {
    const result = checkList(
      {
        people: [
          { pin: '079085000001', 'a/b~c': 1 },
          { pin: '12', age: -1 },
        ],
      },
      120,
    );

    expect(result).toEqual({
      ok: false,
      problems: [
        { pointer: '/people/0/age', reason: 'is required' },
        { pointer: '/people/0/a~1b~0c', reason: 'is not an accepted field' },
        { pointer: '/people/1/pin', reason: 'must match pattern "^[0-9]{12}$"' },
        { pointer: '/people/1/age', reason: 'must be >= 0' },
      ],
    });
  });

  it('points at the document itself when the document is wrong as a whole', () => {
    expect(checkList([], 120)).toEqual({
      ok: false,
      problems: [{ pointer: '/', reason: 'must be object' }],
    });
  });

  it('runs the rules only on a seed of the right shape, with the context it is given', () => {
    const rules = jest.fn<SeedProblem[], [unknown, string]>(() => []);
    const check = compileSeedCheck(ListSchema, rules);

    check({ people: 'none' }, 'today');
    expect(rules).not.toHaveBeenCalled();

    check({ people: [] }, 'today');
    expect(rules).toHaveBeenCalledWith({ people: [] }, 'today');
  });

  it('reports the problems the rules find', () => {
    expect(checkList({ people: [{ pin: '079085000001', age: 130 }] }, 120)).toEqual({
      ok: false,
      problems: [{ pointer: '/people/0/age', reason: 'is too old' }],
    });
  });
});
