import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Database } from '@lienthong/persistence';
import { DeadLetterService } from './dead-letters/dead-letter.service';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import {
  MESSAGING_CONNECTION,
  MESSAGING_OPTIONS,
  type MessagingModuleOptions,
} from './messaging.options';
import { MessagingRuntime } from './messaging.runtime';
import { Outbox } from './outbox/outbox';

/**
 * The messaging kit for one service: transactional outbox and its relay, the idempotent consumer of
 * every `@ConsumesEvent()` handler in the app, dead letters and their REST API.
 */
@Module({})
export class MessagingModule {
  static forService(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      controllers: [DeadLettersController],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: MESSAGING_CONNECTION,
          inject: options.inject ?? [],
          useFactory: options.useFactory,
        },
        MessagingRuntime,
        {
          provide: Outbox,
          inject: [MessagingRuntime],
          useFactory: (runtime: MessagingRuntime) => runtime.outbox,
        },
        {
          provide: DeadLetterService,
          inject: [Database, MessagingRuntime],
          useFactory: (database: Database, runtime: MessagingRuntime) =>
            new DeadLetterService(database, runtime.processors),
        },
      ],
      exports: [Outbox, MessagingRuntime],
    };
  }
}
