import { uniqueTopic } from './test-kafka';

describe('uniqueTopic', () => {
  it('keeps the prefix and adds a random part', () => {
    expect(uniqueTopic('test.amounts')).toMatch(/^test\.amounts\.[0-9a-f]{10}$/);
  });

  it('replaces characters Kafka does not allow in topic names', () => {
    expect(uniqueTopic('my topic/x')).toMatch(/^my-topic-x\./);
  });

  it('differs between calls', () => {
    expect(uniqueTopic('t')).not.toBe(uniqueTopic('t'));
  });
});
