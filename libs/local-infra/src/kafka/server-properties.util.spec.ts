import { renderServerProperties } from './server-properties.util';

function parse(properties: string): Record<string, string> {
  return Object.fromEntries(
    properties
      .split('\n')
      .filter((line) => line.length > 0 && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('renderServerProperties', () => {
  const sut = (overrides?: Record<string, string | number | boolean>): Record<string, string> =>
    parse(
      renderServerProperties({
        port: 9092,
        controllerPort: 9093,
        logDir: '/data/kafka',
        overrides,
      }),
    );

  it('makes one node both broker and the only KRaft voter, on loopback only', () => {
    expect(sut()).toMatchObject({
      'process.roles': 'broker,controller',
      'node.id': '1',
      'controller.quorum.voters': '1@127.0.0.1:9093',
      listeners: 'PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093',
      'advertised.listeners': 'PLAINTEXT://127.0.0.1:9092',
      'controller.listener.names': 'CONTROLLER',
      'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      'log.dirs': '/data/kafka',
    });
  });

  it('never creates topics on first use', () => {
    expect(sut()['auto.create.topics.enable']).toBe('false');
  });

  it('gives every internal topic one replica, as a single broker can hold no more', () => {
    expect(sut()).toMatchObject({
      'offsets.topic.replication.factor': '1',
      'transaction.state.log.replication.factor': '1',
      'transaction.state.log.min.isr': '1',
      'share.coordinator.state.topic.replication.factor': '1',
      'share.coordinator.state.topic.min.isr': '1',
    });
  });

  it('lets consumer groups form without the initial rebalance delay', () => {
    expect(sut()['group.initial.rebalance.delay.ms']).toBe('0');
  });

  it('applies overrides last', () => {
    expect(sut({ 'num.io.threads': 8, 'log.retention.hours': 1 })).toMatchObject({
      'num.io.threads': '8',
      'log.retention.hours': '1',
    });
  });

  it('escapes backslashes, which java.util.Properties would otherwise swallow', () => {
    const properties = renderServerProperties({
      port: 1,
      controllerPort: 2,
      logDir: 'C:\\kafka\\data',
    });
    expect(properties).toContain('log.dirs=C:\\\\kafka\\\\data\n');
  });
});
