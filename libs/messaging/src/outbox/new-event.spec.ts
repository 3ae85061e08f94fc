import { PermanentResidenceRegisteredV1 } from '@lienthong/contracts';
import { eventCausedBy } from './new-event';

describe('eventCausedBy', () => {
  const cause = { id: 'cause-1', correlationid: 'flow-1' };
  const data = {
    dossierId: 'dossier-1',
    step: 'residence',
    result: { confirmationNumber: 'HN-2025-000001' },
  };

  it('continues the cause flow, keyed by the dossier, on the definition topic', () => {
    const time = new Date('2025-01-02T03:04:05.000Z');
    const { topic, event } = eventCausedBy(PermanentResidenceRegisteredV1, cause, data, {
      source: 'residence-service',
      time,
    });

    expect(topic).toBe(PermanentResidenceRegisteredV1.topic);
    expect(event).toEqual({
      specversion: '1.0',
      id: expect.any(String) as string,
      source: '/lienthong/residence-service',
      type: PermanentResidenceRegisteredV1.type,
      subject: 'dossier-1',
      time: '2025-01-02T03:04:05.000Z',
      datacontenttype: 'application/json',
      correlationid: 'flow-1',
      causationid: 'cause-1',
      data,
    });
  });

  it('gives every event a fresh id and stamps it now when no time is given', () => {
    const before = Date.now();
    const first = eventCausedBy(PermanentResidenceRegisteredV1, cause, data, { source: 's' });
    const second = eventCausedBy(PermanentResidenceRegisteredV1, cause, data, { source: 's' });

    expect(first.event.id).not.toBe(second.event.id);
    expect(Date.parse(first.event.time)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(first.event.time)).toBeLessThanOrEqual(Date.now());
  });
});
