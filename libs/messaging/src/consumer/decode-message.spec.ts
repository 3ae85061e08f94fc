import { defineEvent, EventCatalogue } from '@lienthong/contracts';
import { Type } from '@sinclair/typebox';
import { decodeMessage } from './decode-message';

const Handled = defineEvent({
  type: 'vn.gov.test.handled.v1',
  topic: 'test.events',
  description: 'Handled by the consumer under test.',
  personalData: false,
  schema: Type.Object({ n: Type.Integer() }, { additionalProperties: false }),
});
const Other = defineEvent({
  type: 'vn.gov.test.other.v1',
  topic: 'test.events',
  description: 'Handled by some other consumer.',
  personalData: false,
  schema: Type.Object({}),
});
const catalogue = new EventCatalogue([Handled, Other]);
const handled = new Set([Handled.type]);

function message(type: string, data: unknown): string {
  return JSON.stringify({
    specversion: '1.0',
    id: '6f1c3a52-1f7e-4d0e-a2c3-9b9e1c0d2e33',
    source: '/lienthong/test',
    type,
    subject: 'dossier-7',
    time: '2026-11-23T10:00:00Z',
    datacontenttype: 'application/json',
    correlationid: 'c-7',
    data,
  });
}

describe('decodeMessage', () => {
  it('returns the event when envelope and data are valid', () => {
    const decoded = decodeMessage(message(Handled.type, { n: 3 }), catalogue, handled);
    expect(decoded.ok).toBe(true);
  });

  it('calls an empty or non-JSON value malformed', () => {
    expect(decodeMessage(null, catalogue, handled)).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
    expect(decodeMessage('{not json', catalogue, handled)).toMatchObject({
      ok: false,
      reason: 'malformed',
      error: expect.stringContaining('not JSON') as unknown,
    });
  });

  it('calls JSON that is not a CloudEvent an invalid envelope and keeps what ids it can', () => {
    const decoded = decodeMessage(JSON.stringify({ id: 'x', type: 'y' }), catalogue, handled);
    expect(decoded).toMatchObject({
      ok: false,
      reason: 'invalid-envelope',
      eventId: 'x',
      eventType: 'y',
    });
  });

  it('reports invalid data with pointers', () => {
    const decoded = decodeMessage(message(Handled.type, { n: 'three' }), catalogue, handled);
    expect(decoded).toMatchObject({
      ok: false,
      reason: 'invalid-data',
      error: '/data/n: must be integer',
    });
  });

  it('leaves a known type that this consumer does not handle to others', () => {
    expect(decodeMessage(message(Other.type, {}), catalogue, handled).ok).toBe('not-handled');
  });

  it('calls a type no contract defines unknown', () => {
    const decoded = decodeMessage(message('vn.gov.test.nobody.v1', {}), catalogue, handled);
    expect(decoded).toMatchObject({ ok: false, reason: 'unknown-type' });
  });
});
