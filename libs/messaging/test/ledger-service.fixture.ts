import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ALL_EVENTS, EventCatalogue } from '@lienthong/contracts';
import { PersistenceModule } from '@lienthong/persistence';
import { configureApp, PlatformModule } from '@lienthong/platform';
import type { Server } from 'node:http';
import request from 'supertest';
import { waitFor } from '@lienthong/testing';
import {
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  MessagingModule,
  type ProcessOutcome,
} from '../src';
import {
  defineAmountRecorded,
  LedgerProbe,
  ledgerHandler,
  LedgerTable1763900000001,
} from './ledger.fixture';

export const LEDGER_SERVICE = 'dossier-service' as const;

export interface LedgerServiceOptions {
  readonly databaseUrl: string;
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly group: string;
  /** Without a consumer the service only writes and relays. */
  readonly consume: boolean;
  readonly probe?: LedgerProbe;
  readonly afterPublish?: (eventIds: readonly string[]) => Promise<void>;
  readonly afterProcess?: (eventId: string | undefined, outcome: ProcessOutcome) => Promise<void>;
  /** Wait for /health/ready before returning (default true). */
  readonly waitUntilReady?: boolean;
}

/** The app's HTTP server, typed for supertest. */
export function httpOf(app: INestApplication): Server {
  return app.getHttpServer() as Server;
}

export function eventIdOf(value: string | null): string | undefined {
  try {
    return (JSON.parse(value ?? '') as { id?: string }).id;
  } catch {
    return undefined;
  }
}

/** Boots the test ledger service exactly as a real service boots, and waits until it is ready. */
export async function startLedgerService(options: LedgerServiceOptions): Promise<INestApplication> {
  const definition = defineAmountRecorded(options.topic);
  const probe = options.probe ?? new LedgerProbe();
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forService({ serviceName: LEDGER_SERVICE }),
      PersistenceModule.forRootAsync({
        useFactory: () => ({
          url: options.databaseUrl,
          name: 'ledger-test',
          entities: MESSAGING_ENTITIES,
          migrations: [...MESSAGING_MIGRATIONS, LedgerTable1763900000001],
        }),
      }),
      MessagingModule.forService({
        serviceName: LEDGER_SERVICE,
        consumerGroup: options.group,
        catalogue: new EventCatalogue([...ALL_EVENTS, definition]),
        useFactory: () => ({ brokers: options.brokers, databaseUrl: options.databaseUrl }),
        retry: { attempts: 3, initialDelayMs: 50, maxDelayMs: 200 },
        consumer: {
          partitionsConsumedConcurrently: 4,
          faults: {
            afterProcess: async (message, outcome) => {
              const eventId = eventIdOf(message.value);
              if (eventId) probe.outcomesOf(eventId).push(outcome);
              await options.afterProcess?.(eventId, outcome);
            },
          },
        },
        relay: { faults: { afterPublish: async (ids) => options.afterPublish?.(ids) } },
      }),
    ],
    providers: options.consume
      ? [ledgerHandler(definition, options.probe ?? new LedgerProbe())]
      : [],
  }).compile();
  const app = configureApp(moduleRef.createNestApplication());
  await app.init();
  if (options.waitUntilReady === false) return app;
  await waitFor(async () => (await request(httpOf(app)).get('/health/ready')).status === 200, {
    timeoutMs: 60000,
    what: 'the ledger service to be ready',
  });
  return app;
}
