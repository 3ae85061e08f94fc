import { pinReplyMismatch } from './pin-reply-mismatch.util';

const MOTHER = '079190000001';
const FATHER = '079088000002';

describe('pinReplyMismatch', () => {
  it('accepts a reply with the parents asked for', () => {
    expect(
      pinReplyMismatch({
        asked: { motherPin: MOTHER, fatherPin: FATHER },
        answered: { motherPin: MOTHER, fatherPin: FATHER },
      }),
    ).toBeNull();
    expect(
      pinReplyMismatch({
        asked: { motherPin: MOTHER, fatherPin: null },
        answered: { motherPin: MOTHER, fatherPin: null },
      }),
    ).toBeNull();
  });

  it('refuses another mother, a missing father and a father not asked for', () => {
    expect(
      pinReplyMismatch({
        asked: { motherPin: MOTHER, fatherPin: null },
        answered: { motherPin: FATHER, fatherPin: null },
      }),
    ).toContain('mother');
    expect(
      pinReplyMismatch({
        asked: { motherPin: MOTHER, fatherPin: FATHER },
        answered: { motherPin: MOTHER, fatherPin: null },
      }),
    ).toContain('missing');
    expect(
      pinReplyMismatch({
        asked: { motherPin: MOTHER, fatherPin: null },
        answered: { motherPin: MOTHER, fatherPin: FATHER },
      }),
    ).toContain('not asked');
  });
});
