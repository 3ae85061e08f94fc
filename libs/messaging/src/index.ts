export * from './consumer/event-handler';
export * from './consumer/message-processor';
export * from './consumer/retry-policy';
export * from './consumer/decode-message';
export * from './dead-letters/dead-letter.entity';
export * from './dead-letters/dead-letter.types';
export * from './inbox/inbox-message.entity';
export * from './outbox/outbox-message.entity';
export * from './outbox/outbox';
export * from './outbox/new-event';
export * from './kafka/kafka-client';
export * from './messaging.module';
export * from './messaging.options';
export * from './messaging.runtime';
export * from './migrations/1763900000000-messaging-tables';

export * from './service-infrastructure';
