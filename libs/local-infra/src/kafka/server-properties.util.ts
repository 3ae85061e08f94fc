/** Where a single-node KRaft broker listens and keeps its data. */
export interface KafkaServerConfig {
  readonly port: number;
  readonly controllerPort: number;
  /** `log.dirs`: partitions and the metadata log. */
  readonly logDir: string;
  /** Extra or replacing settings, e.g. `{ 'log.retention.hours': 1 }`. */
  readonly overrides?: Readonly<Record<string, string | number | boolean>>;
}

const HOST = '127.0.0.1';

/**
 * The `server.properties` of a single-node broker that is also its own KRaft controller.
 *
 * Static `controller.quorum.voters` (rather than a dynamic quorum formatted with `--standalone`)
 * keeps the controller's address out of the formatted metadata, so a data directory survives a
 * change of ports between runs.
 */
export function renderServerProperties(config: KafkaServerConfig): string {
  const settings: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@${HOST}:${config.controllerPort}`,
    listeners: `PLAINTEXT://${HOST}:${config.port},CONTROLLER://${HOST}:${config.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${HOST}:${config.port}`,
    'inter.broker.listener.name': 'PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'log.dirs': config.logDir,
    // Topics are created by the project with the partition counts it chooses (TOPIC_SPECS); a
    // typo in a topic name must fail, not silently create a one-partition topic.
    'auto.create.topics.enable': false,
    // One broker: every internal topic has one replica, or it can never be created.
    'default.replication.factor': 1,
    'min.insync.replicas': 1,
    'offsets.topic.replication.factor': 1,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'share.coordinator.state.topic.replication.factor': 1,
    'share.coordinator.state.topic.min.isr': 1,
    // Fewer internal partitions than the defaults (50): they are created on the first consumer
    // group or transaction, and a small machine creates 10 much faster. Never change these once a
    // data directory exists: a group's coordinator is chosen by hash modulo this count.
    'offsets.topic.num.partitions': 10,
    'transaction.state.log.num.partitions': 10,
    // Consumers join at once instead of waiting 3 s for more members (tests, restarts).
    'group.initial.rebalance.delay.ms': 0,
    // Threads and buffers sized for a 2-core laptop or CI runner, not a production host.
    'num.network.threads': 2,
    'num.io.threads': 4,
    'background.threads': 4,
    'num.recovery.threads.per.data.dir': 1,
    'log.cleaner.threads': 1,
    'log.cleaner.dedupe.buffer.size': 16 * 1024 * 1024,
    ...config.overrides,
  };
  const lines = Object.entries(settings).map(
    ([key, value]) => `${key}=${escapePropertyValue(String(value))}`,
  );
  return `# Written by @lienthong/local-infra at every start; edits are overwritten.\n${lines.join('\n')}\n`;
}

/** java.util.Properties reads `\` as an escape character: a Windows path must double it. */
function escapePropertyValue(value: string): string {
  return value.replace(/\\/g, '\\\\');
}
