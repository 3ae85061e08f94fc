import type { DynamicModule } from '@nestjs/common';
import type { ServiceName } from '@lienthong/contracts';
import { PersistenceModule, type EntityClass, type MigrationClass } from '@lienthong/persistence';
import { ServiceConfig } from '@lienthong/platform';
import { DeadLetterEntity } from './dead-letters/dead-letter.entity';
import { InboxMessageEntity } from './inbox/inbox-message.entity';
import { MessagingModule } from './messaging.module';
import type { MessagingModuleOptions } from './messaging.options';
import { MessagingTables1763900000000 } from './migrations/1763900000000-messaging-tables';
import { OutboxMessageEntity } from './outbox/outbox-message.entity';

/** Entities every service adds to its DataSource. */
export const MESSAGING_ENTITIES = [OutboxMessageEntity, InboxMessageEntity, DeadLetterEntity];
/** Migrations every service runs before its own. */
export const MESSAGING_MIGRATIONS = [MessagingTables1763900000000];

export interface ServiceInfrastructureOptions {
  readonly serviceName: ServiceName;
  /** The service's own entities and migrations, after the messaging kit's. */
  readonly entities?: readonly EntityClass[];
  readonly migrations?: readonly MigrationClass[];
  readonly messaging?: Omit<
    MessagingModuleOptions,
    'serviceName' | 'useFactory' | 'inject' | 'imports'
  >;
}

function requireDatabaseUrl(config: ServiceConfig): string {
  if (!config.DATABASE_URL) {
    throw new Error(
      `DATABASE_URL is required for ${config.SERVICE_NAME} (its own PostgreSQL database)`,
    );
  }
  return config.DATABASE_URL;
}

/**
 * The database and messaging modules of a service, configured from its validated environment
 * (`DATABASE_URL`, `KAFKA_BROKERS`): what every app imports after `PlatformModule`.
 */
export function serviceInfrastructure(options: ServiceInfrastructureOptions): DynamicModule[] {
  return [
    PersistenceModule.forRootAsync({
      inject: [ServiceConfig],
      useFactory: (config: ServiceConfig) => ({
        url: requireDatabaseUrl(config),
        name: options.serviceName,
        entities: [...MESSAGING_ENTITIES, ...(options.entities ?? [])],
        migrations: [...MESSAGING_MIGRATIONS, ...(options.migrations ?? [])],
      }),
    }),
    MessagingModule.forService({
      ...options.messaging,
      serviceName: options.serviceName,
      inject: [ServiceConfig],
      useFactory: (config: ServiceConfig) => ({
        brokers: config.KAFKA_BROKERS,
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        databaseUrl: requireDatabaseUrl(config),
      }),
    }),
  ];
}
