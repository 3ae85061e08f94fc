import { Type } from '@sinclair/typebox';
import { EventCatalogue } from './catalogue';
import { defineEvent, type CloudEvent } from './envelope';
import { ALL_EVENTS } from './events';
import { TOPIC_SPECS, deadLetterTopic } from './topics';

const ThingHappened = defineEvent({
  type: 'vn.gov.test.thing-happened.v1',
  topic: 'test.events',
  description: 'A test event.',
  personalData: false,
  schema: Type.Object({ count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
});

function event(overrides: Partial<CloudEvent> = {}): CloudEvent {
  return {
    specversion: '1.0',
    id: '0b7e5f7a-3a0c-4f4e-9a59-2f0b8a3c1d11',
    source: '/lienthong/test',
    type: ThingHappened.type,
    subject: 'dossier-1',
    time: '2026-11-23T10:00:00.000Z',
    datacontenttype: 'application/json',
    correlationid: 'corr-1',
    data: { count: 1 },
    ...overrides,
  };
}

describe('EventCatalogue', () => {
  const catalogue = new EventCatalogue([ThingHappened]);

  it('accepts an event whose envelope and data match the contracts', () => {
    const envelope = catalogue.checkEnvelope(event());
    expect(envelope.ok).toBe(true);
    expect(catalogue.checkData(event())).toEqual({ ok: true });
  });

  it('lists each envelope violation with its pointer', () => {
    const { id: _id, ...withoutId } = event();
    const check = catalogue.checkEnvelope({ ...withoutId, specversion: '0.3', extra: true });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const pointers = check.violations.map((v) => v.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/id', '/specversion', '/extra']));
  });

  it('rejects an unversioned event type in the envelope', () => {
    expect(catalogue.checkEnvelope(event({ type: 'vn.gov.test.thing-happened' })).ok).toBe(false);
  });

  it('points data violations below /data', () => {
    const check = catalogue.checkData(event({ data: { count: -1 } }));
    expect(check).toEqual({
      ok: false,
      reason: 'invalid-data',
      violations: [{ pointer: '/data/count', detail: 'must be >= 0' }],
    });
  });

  it('checks bare data against a type, as checkData does for a whole event', () => {
    expect(catalogue.checkDataOf(ThingHappened.type, event().data)).toEqual({ ok: true });
    expect(catalogue.checkDataOf(ThingHappened.type, { count: -1 })).toEqual(
      catalogue.checkData(event({ data: { count: -1 } })),
    );
  });

  it('says a type it does not know is unknown', () => {
    const check = catalogue.checkData(event({ type: 'vn.gov.test.other.v1' }));
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toBe('unknown-type');
  });

  it('refuses the same type defined twice', () => {
    expect(() => new EventCatalogue([ThingHappened, ThingHappened])).toThrow(/defined twice/);
  });

  it('compiles every event type of the system', () => {
    expect(() => new EventCatalogue(ALL_EVENTS)).not.toThrow();
  });
});

describe('topics', () => {
  it('gives every service its own dead-letter topic', () => {
    expect(deadLetterTopic('civil-status-service')).toBe('civil-status.dead-letters');
    const names = TOPIC_SPECS.map((spec) => spec.topic);
    expect(new Set(names).size).toBe(names.length);
  });
});
