import type { AddressInfo } from 'node:net';
import {
  type BeforeApplicationShutdown,
  Controller,
  Get,
  Injectable,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp } from '../bootstrap/create-test-app';
import { PlatformModule } from '../bootstrap/platform.module';
import { createPlatformLogger } from '../logging/platform-logger';
import { AppLifecycle } from './app-lifecycle';
import { shutdownGracefully } from './graceful-shutdown';

/** What happened, in order, across the request and the shutdown hooks. */
class Timeline {
  readonly events: string[] = [];
  releaseRequest: () => void = () => undefined;
  readonly requestStarted: Promise<void>;
  hangOnShutdown = false;
  private markStarted: () => void = () => undefined;

  constructor() {
    this.requestStarted = new Promise((resolve) => (this.markStarted = resolve));
  }

  async slowWork(): Promise<void> {
    this.markStarted();
    await new Promise<void>((resolve) => (this.releaseRequest = resolve));
    this.events.push('request finished');
  }
}

let timeline = new Timeline();

@Controller('slow')
class SlowController {
  @Get()
  async slow(): Promise<{ done: boolean }> {
    await timeline.slowWork();
    return { done: true };
  }
}

/** Stands for a consumer or the outbox relay, stopped in shutdown hooks. */
@Injectable()
class Worker implements BeforeApplicationShutdown, OnApplicationShutdown {
  beforeApplicationShutdown(signal?: string): void {
    timeline.events.push(`beforeApplicationShutdown ${signal}`);
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    timeline.events.push(`onApplicationShutdown ${signal}`);
    if (timeline.hangOnShutdown) {
      await new Promise<never>(() => undefined);
    }
  }
}

@Module({
  imports: [PlatformModule.forService({ serviceName: 'shutdown-sample' })],
  controllers: [SlowController],
  providers: [Worker],
})
class ShutdownSampleModule {}

describe('shutdownGracefully', () => {
  let app: NestExpressApplication;
  let baseUrl: string;

  beforeEach(async () => {
    timeline = new Timeline();
    app = await createTestApp({ module: ShutdownSampleModule });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  function shutdown(timeoutMs: number): { done: Promise<void>; exitCode: Promise<number> } {
    let recordExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (recordExit = resolve));
    const done = shutdownGracefully(app, {
      signal: 'SIGTERM',
      timeoutMs,
      logger: createPlatformLogger({ SERVICE_NAME: 'shutdown-sample', LOG_LEVEL: 'silent' }),
      exit: (code) => {
        timeline.events.push(`exit ${code}`);
        recordExit(code);
      },
    });
    return { done, exitCode };
  }

  it('finishes the in-flight request before running the shutdown hooks, then exits 0', async () => {
    const response = fetch(`${baseUrl}/slow`);
    await timeline.requestStarted;

    const { done, exitCode } = shutdown(5000);

    expect(app.get(AppLifecycle).isShuttingDown).toBe(true);
    await expect(fetch(`${baseUrl}/health/live`)).rejects.toThrow();
    timeline.releaseRequest();
    expect((await response).status).toBe(200);
    await done;
    expect(await exitCode).toBe(0);
    expect(timeline.events).toEqual([
      'request finished',
      'beforeApplicationShutdown SIGTERM',
      'onApplicationShutdown SIGTERM',
      'exit 0',
    ]);
  });

  it('exits 1 when the shutdown hooks outlast the timeout', async () => {
    timeline.hangOnShutdown = true;

    const { exitCode } = shutdown(50);

    expect(await exitCode).toBe(1);
    expect(timeline.events).toEqual([
      'beforeApplicationShutdown SIGTERM',
      'onApplicationShutdown SIGTERM',
      'exit 1',
    ]);
  });
});
