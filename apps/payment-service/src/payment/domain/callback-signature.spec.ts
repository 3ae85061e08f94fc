import { computeCallbackSignature } from './compute-callback-signature.util';
import { signCallback } from './sign-callback.util';
import { verifyCallbackSignature } from './verify-callback-signature.util';

const SECRET = 'a-test-secret-of-some-length';
const NOW = new Date('2026-11-02T03:04:05Z');
const NOW_SECONDS = Math.floor(NOW.getTime() / 1000);
const BODY = Buffer.from(
  '{"eventId":"evt-1","paymentId":"p-1","status":"succeeded","amount":8000,"currency":"VND"}',
  'utf8',
);

function secondsLater(seconds: number): Date {
  return new Date(NOW.getTime() + seconds * 1000);
}

describe('signCallback', () => {
  it('writes t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const header = signCallback({ secret: SECRET, body: BODY, now: NOW });

    expect(header).toBe(
      `t=${NOW_SECONDS},v1=${computeCallbackSignature({ secret: SECRET, timestamp: NOW_SECONDS, body: BODY })}`,
    );
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it('computes the value openssl gives, so a gateway in any language can check its implementation', () => {
    // printf '%s' '1700000000.{"paymentId":"x"}' | openssl dgst -sha256 -hmac 'secret'
    expect(
      computeCallbackSignature({
        secret: 'secret',
        timestamp: 1700000000,
        body: '{"paymentId":"x"}',
      }),
    ).toBe('b23584d215b5f198e7bfc26d00bce6c99be6a6b4ca86415b18ceb2692e551b9d');
  });
});

describe('the worked example of docs/services/payment-service.md', () => {
  it('is what signCallback writes for that body, secret and time', () => {
    const body =
      '{"eventId":"0b6f1c9e-2d4a-4e8b-9f3c-7a5d2e1b8c40","paymentId":"1797c3a7-ceb4-52bd-be3f-b19db6f99442",' +
      '"status":"succeeded","amount":8000,"currency":"VND","occurredAt":"2026-11-02T03:04:05.000Z"}';

    expect(
      signCallback({
        secret: 'lienthong-local-only-callback-secret',
        body,
        now: new Date('2026-11-02T03:04:05Z'),
      }),
    ).toBe('t=1793588645,v1=9bf578285a708f4119327b59b2fab231d3bad5bc0604808135e40dee4a1c8515');
  });
});

describe('verifyCallbackSignature', () => {
  const header = signCallback({ secret: SECRET, body: BODY, now: NOW });

  it('accepts the signature of the same bytes, signed with the same secret, just now', () => {
    expect(
      verifyCallbackSignature({ header, body: BODY, secret: SECRET, now: secondsLater(2) }),
    ).toEqual({ ok: true });
  });

  it('refuses a body changed after signing, even by one byte', () => {
    const tampered = Buffer.from(BODY.toString('utf8').replace('8000', '8001'), 'utf8');

    expect(verifyCallbackSignature({ header, body: tampered, secret: SECRET, now: NOW })).toEqual({
      ok: false,
      refusal: 'no-matching-signature',
    });
  });

  it('refuses the same JSON re-serialised differently: the raw bytes are signed, not the value', () => {
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(BODY.toString('utf8')), null, 1));

    expect(
      verifyCallbackSignature({ header, body: reformatted, secret: SECRET, now: NOW }).ok,
    ).toBe(false);
  });

  it('refuses a signature made with another secret', () => {
    const forged = signCallback({ secret: 'another-secret-entirely', body: BODY, now: NOW });

    expect(
      verifyCallbackSignature({ header: forged, body: BODY, secret: SECRET, now: NOW }),
    ).toEqual({ ok: false, refusal: 'no-matching-signature' });
  });

  it('refuses a timestamp more than 5 minutes old, and accepts one exactly 5 minutes old', () => {
    expect(
      verifyCallbackSignature({ header, body: BODY, secret: SECRET, now: secondsLater(301) }),
    ).toEqual({ ok: false, refusal: 'timestamp-out-of-tolerance' });
    expect(
      verifyCallbackSignature({ header, body: BODY, secret: SECRET, now: secondsLater(300) }),
    ).toEqual({ ok: true });
  });

  it('refuses a timestamp more than 5 minutes in the future', () => {
    expect(
      verifyCallbackSignature({ header, body: BODY, secret: SECRET, now: secondsLater(-301) }),
    ).toEqual({ ok: false, refusal: 'timestamp-out-of-tolerance' });
  });

  it('refuses a fresh timestamp put on an old signature: the timestamp is signed too', () => {
    const replayed = header.replace(`t=${NOW_SECONDS}`, `t=${NOW_SECONDS + 600}`);

    expect(
      verifyCallbackSignature({
        header: replayed,
        body: BODY,
        secret: SECRET,
        now: secondsLater(600),
      }),
    ).toEqual({ ok: false, refusal: 'no-matching-signature' });
  });

  it('accepts when any one of several v1 signatures matches (secret rotation)', () => {
    const old = signCallback({ secret: 'the-previous-secret-value', body: BODY, now: NOW });
    const both = `${header},${old.split(',')[1]}`;
    const reversed = `${old},${header.split(',')[1]}`;

    expect(verifyCallbackSignature({ header: both, body: BODY, secret: SECRET, now: NOW })).toEqual(
      { ok: true },
    );
    expect(
      verifyCallbackSignature({ header: reversed, body: BODY, secret: SECRET, now: NOW }),
    ).toEqual({ ok: true });
  });

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['v1=abc', 'malformed'],
    [`t=${NOW_SECONDS}`, 'malformed'],
    [`t=soon,v1=${'0'.repeat(64)}`, 'malformed'],
    [`t=${NOW_SECONDS},t=${NOW_SECONDS},v1=${'0'.repeat(64)}`, 'malformed'],
    ['garbage', 'malformed'],
    [`t=${NOW_SECONDS},v1=not-hex`, 'no-matching-signature'],
    [`t=${NOW_SECONDS},v1=${'ab'.repeat(16)}`, 'no-matching-signature'],
  ])('refuses the header %p as %s', (value, refusal) => {
    expect(
      verifyCallbackSignature({ header: value, body: BODY, secret: SECRET, now: NOW }),
    ).toEqual({ ok: false, refusal });
  });
});
