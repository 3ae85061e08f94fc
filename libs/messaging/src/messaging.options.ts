import type { EventCatalogue, ServiceName } from '@lienthong/contracts';
import type { InjectionToken, ModuleMetadata, OptionalFactoryDependency } from '@nestjs/common';
import type { EventConsumerOptions } from './consumer/event-consumer';
import type { RetryPolicy } from './consumer/retry-policy';
import type { OutboxRelayOptions } from './outbox/outbox-relay';

/** Where the service's Kafka and database are, usually from its validated config. */
export interface MessagingConnection {
  readonly brokers: readonly string[];
  readonly databaseUrl: string;
  /**
   * Namespace put before every topic and consumer group name (e.g. `test-3f2a.`), so several
   * environments, or test files, can share one Kafka cluster without reading each other's events.
   */
  readonly topicPrefix?: string;
}

export interface MessagingModuleOptions {
  readonly serviceName: ServiceName;
  readonly imports?: ModuleMetadata['imports'];
  readonly inject?: (InjectionToken | OptionalFactoryDependency)[];
  readonly useFactory: (...args: never[]) => MessagingConnection;
  /** Known event types; defaults to every type in @lienthong/contracts. */
  readonly catalogue?: EventCatalogue;
  /** Consumer group; defaults to the service name. */
  readonly consumerGroup?: string;
  readonly retry?: RetryPolicy;
  readonly consumer?: Partial<EventConsumerOptions>;
  readonly relay?: Partial<Pick<OutboxRelayOptions, 'batchSize' | 'pollIntervalMs' | 'faults'>>;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const MESSAGING_CONNECTION = Symbol('MESSAGING_CONNECTION');
